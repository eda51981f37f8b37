// npm run restore -- --from <backup folder> [--force]
// Puts back a backup of scripts/backup.mjs: checks the manifest's hashes, then replaces the SQLite
// database and the media folder of DATABASE_URI / PREGONERO_MEDIA_DIR. Stop the app first. Without
// --force it refuses to overwrite an existing database. See docs/deploy.md.
import fs from 'node:fs/promises'
import path from 'node:path'

import { arg, DATABASE_FILE, libsql, MANIFEST, MEDIA_TAR, mediaDir, sha256, sqliteFile, tar } from './ops/sqliteBackup.mjs'

const exists = (file) => fs.access(file).then(() => true, () => false)

const main = async () => {
  const from = arg('from')
  if (!from) throw new Error('--from <backup folder> is required')
  const folder = path.resolve(from)
  const manifest = JSON.parse(await fs.readFile(path.join(folder, MANIFEST), 'utf8'))
  for (const part of ['database', 'media']) {
    const actual = await sha256(path.join(folder, manifest[part].file))
    if (actual !== manifest[part].sha256) throw new Error(`${manifest[part].file}: its SHA-256 does not match the manifest (damaged backup)`)
  }

  const target = sqliteFile()
  const media = mediaDir()
  if ((await exists(target)) && !process.argv.includes('--force')) throw new Error('the database file exists: stop the app and pass --force to replace it')

  // The database: copied beside its place, checked, then renamed over it (no half-written file).
  await fs.mkdir(path.dirname(target), { recursive: true })
  const incoming = `${target}.restoring`
  await fs.copyFile(path.join(folder, DATABASE_FILE), incoming)
  const { createClient } = await libsql()
  const client = createClient({ url: `file:${incoming}` })
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    if (String(Object.values(rows[0] ?? {})[0]) !== 'ok') throw new Error('the restored database fails SQLite integrity_check')
  } finally {
    client.close()
  }
  await Promise.all(['-wal', '-shm', '-journal'].map((suffix) => fs.rm(`${target}${suffix}`, { force: true })))
  await fs.rename(incoming, target)

  // The media: extracted into a new folder, then swapped in.
  const fresh = `${media}.restoring`
  await fs.rm(fresh, { recursive: true, force: true })
  await fs.mkdir(fresh, { recursive: true })
  await tar(['-xf', path.join(folder, MEDIA_TAR), '-C', fresh])
  const old = `${media}.before-restore`
  await fs.rm(old, { recursive: true, force: true })
  if (await exists(media)) await fs.rename(media, old)
  await fs.rename(fresh, media)
  await fs.rm(old, { recursive: true, force: true })
  console.log(`Restored ${target} and ${media} from ${folder}`)
}

main().catch((error) => {
  console.error(`Restore failed: ${error.message}`)
  process.exit(1)
})
