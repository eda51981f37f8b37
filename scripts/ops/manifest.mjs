// The manifest of a backup folder (manifest.json): what the backup holds (database kind, media
// kind), when, from which app version and migration, and every file's size and SHA-256. restore
// verifies ALL of it before it touches the database or the files.
import fs from 'node:fs/promises'
import path from 'node:path'

import { MANIFEST, sha256 } from './sqliteBackup.mjs'

export const FORMAT = 'pregonero-backup'
export const FORMAT_VERSION = 2

/** The app's name and version (the package.json beside scripts/). */
export const appVersion = async () => {
  const pkg = JSON.parse(await fs.readFile(new URL('../../package.json', import.meta.url), 'utf8'))
  return { name: pkg.name, version: pkg.version }
}

/** Size and SHA-256 of a file of the backup folder. */
export const describeFile = async (folder, file) => ({ file, size: (await fs.stat(path.join(folder, file))).size, sha256: await sha256(path.join(folder, file)) })

export const writeManifest = async (folder, manifest) => {
  await fs.writeFile(path.join(folder, MANIFEST), `${JSON.stringify({ format: FORMAT, formatVersion: FORMAT_VERSION, ...manifest }, null, 2)}\n`)
}

/** A manifest of the first format (SQLite + media tar, no kinds) read as the current one. */
const normalise = (manifest) =>
  manifest.format === FORMAT
    ? manifest
    : { ...manifest, database: { kind: 'sqlite', ...manifest.database }, media: { kind: 'folder', ...manifest.media } }

/** Every file the manifest lists: the database, then the media tar or each object. */
const listedFiles = (manifest) => [manifest.database, ...(manifest.media.kind === 's3' ? manifest.media.objects : [manifest.media])]

/**
 * Reads manifest.json (against `expectedSha256` when given) and checks every listed file (inside
 * the folder, its size, its SHA-256).
 * Throws a message naming the first file that does not match: nothing has been touched yet.
 */
export const readVerifiedManifest = async (folder, expectedSha256) => {
  const file = path.join(folder, MANIFEST)
  let manifest
  try {
    manifest = normalise(JSON.parse(await fs.readFile(file, 'utf8')))
  } catch (error) {
    throw new Error(`${file} cannot be read (${error.code ?? error.message}): not a backup folder of npm run backup`)
  }
  // The manifest itself: someone who alters a file can rewrite its hash in the manifest too; the
  // manifest's own SHA-256, printed by the backup and kept elsewhere, catches that.
  if (expectedSha256 && (await sha256(file)) !== expectedSha256.trim().toLowerCase()) {
    throw new Error(`${MANIFEST}: its SHA-256 is not the one given with --manifest-sha256 (altered backup); nothing was restored`)
  }
  if (manifest.formatVersion > FORMAT_VERSION) throw new Error(`the backup is of a newer format (${manifest.formatVersion}) than this restore reads (${FORMAT_VERSION}): use the app version that made it`)
  if (
    !['sqlite', 'postgres'].includes(manifest.database?.kind) ||
    !['folder', 's3'].includes(manifest.media?.kind) ||
    (manifest.media.kind === 's3' && !(Array.isArray(manifest.media.objects) && manifest.media.objects.every((o) => typeof o?.key === 'string' && o.key)))
  ) {
    throw new Error('the manifest does not say which database and which media it holds (damaged or altered manifest)')
  }
  const checked = new Map()
  for (const entry of listedFiles(manifest)) {
    const full = path.resolve(folder, String(entry.file))
    if (path.relative(folder, full).startsWith('..') || path.isAbsolute(path.relative(folder, full))) throw new Error(`${entry.file}: outside the backup folder (altered manifest)`)
    if (!checked.has(full)) {
      const size = await fs.stat(full).then((stat) => stat.size, () => null)
      if (size === null) throw new Error(`${entry.file}: missing from the backup folder (incomplete backup); nothing was restored`)
      checked.set(full, { size, sha256: await sha256(full) })
    }
    const actual = checked.get(full)
    if (actual.sha256 !== entry.sha256 || (entry.size !== undefined && actual.size !== entry.size)) {
      throw new Error(`${entry.file}${entry.key ? ` (${entry.key})` : ''}: its SHA-256 does not match the manifest (damaged or altered backup); nothing was restored`)
    }
  }
  return manifest
}
