// npm run restore -- --from <backup folder> [--force] [--manifest-sha256 <hex>]
// Puts back a backup of scripts/backup.mjs into the database of DATABASE_URI (SQLite file or
// PostgreSQL) and the file store (PREGONERO_MEDIA_DIR, or the PREGONERO_S3_* bucket and prefix —
// the same one or another). First it verifies the manifest and every file's SHA-256 and refuses a
// damaged or altered backup before touching anything (with --manifest-sha256, the manifest too). Stop the app first. Without --force it
// refuses to overwrite a database that exists (SQLite file) or has tables (PostgreSQL), or a bucket
// prefix that holds objects. See docs/deploy.md.
import fs from 'node:fs/promises'
import path from 'node:path'

import { readVerifiedManifest } from './ops/manifest.mjs'
import { hidePassword, isPostgresUri, postgresTableCount, restorePostgres } from './ops/postgresBackup.mjs'
import { deleteObjects, describeTarget, listObjects, restoreObjects, s3Target } from './ops/s3Backup.mjs'
import { arg, libsql, mediaDir, sqliteFile, tar } from './ops/sqliteBackup.mjs'

const exists = (file) => fs.access(file).then(() => true, () => false)
const KIND = { sqlite: 'a SQLite database', postgres: 'a PostgreSQL database', folder: 'a media folder', s3: 'an S3 bucket' }

const restoreSqlite = async (folder, manifest) => {
  const target = sqliteFile()
  // The database: copied beside its place, checked, then renamed over it (no half-written file).
  await fs.mkdir(path.dirname(target), { recursive: true })
  const incoming = `${target}.restoring`
  await fs.copyFile(path.join(folder, manifest.database.file), incoming)
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
  return target
}

const restoreFolder = async (folder, manifest) => {
  // The media: extracted into a new folder, then swapped in.
  const media = mediaDir()
  const fresh = `${media}.restoring`
  await fs.rm(fresh, { recursive: true, force: true })
  await fs.mkdir(fresh, { recursive: true })
  await tar(['-xf', path.join(folder, manifest.media.file), '-C', fresh])
  const old = `${media}.before-restore`
  await fs.rm(old, { recursive: true, force: true })
  if (await exists(media)) await fs.rename(media, old)
  await fs.rename(fresh, media)
  await fs.rm(old, { recursive: true, force: true })
  return media
}

const main = async () => {
  const from = arg('from')
  if (!from) throw new Error('--from <backup folder> is required')
  const force = process.argv.includes('--force')
  const folder = path.resolve(from)

  // 1. The backup: every hash, before anything is touched.
  const manifest = await readVerifiedManifest(folder, arg('manifest-sha256'))

  // 2. The targets: of the backup's kinds, and empty unless --force.
  const uri = process.env.DATABASE_URI?.trim()
  const databaseKind = isPostgresUri(uri) ? 'postgres' : 'sqlite'
  const bucket = s3Target()
  const mediaKind = bucket ? 's3' : 'folder'
  if (manifest.database.kind !== databaseKind) throw new Error(`the backup holds ${KIND[manifest.database.kind]} and DATABASE_URI points at ${KIND[databaseKind]}`)
  if (manifest.media.kind !== mediaKind) {
    throw new Error(`the backup holds ${KIND[manifest.media.kind]} and the environment selects ${KIND[mediaKind]} (${mediaKind === 's3' ? 'PREGONERO_S3_BUCKET is set' : 'PREGONERO_S3_BUCKET is not set'})`)
  }
  if (databaseKind === 'postgres') {
    const tables = await postgresTableCount(uri)
    if (tables > 0 && !force) throw new Error(`the database ${hidePassword(uri)} has ${tables} tables: stop the app and pass --force to replace it`)
  } else if ((await exists(sqliteFile())) && !force) {
    throw new Error('the database file exists: stop the app and pass --force to replace it')
  }
  const present = bucket ? await listObjects(bucket) : []
  if (present.length > 0 && !force) throw new Error(`${describeTarget(bucket)} holds ${present.length} objects: stop the app and pass --force to replace them`)

  // 3. The database, then the files.
  let restoredDatabase
  if (databaseKind === 'postgres') {
    await restorePostgres(uri, path.join(folder, manifest.database.file))
    restoredDatabase = hidePassword(uri)
  } else {
    restoredDatabase = await restoreSqlite(folder, manifest)
  }

  let restoredMedia
  if (bucket) {
    await restoreObjects(bucket, folder, manifest.media.objects)
    // The prefix ends as the backup had it, like the swapped media folder.
    const kept = new Set(manifest.media.objects.map((entry) => entry.key))
    const extra = present.map((entry) => entry.key).filter((key) => !kept.has(key))
    await deleteObjects(bucket, extra)
    restoredMedia = `${describeTarget(bucket)} (${manifest.media.objects.length} objects written and read back${extra.length ? `, ${extra.length} not in the backup removed` : ''})`
  } else {
    restoredMedia = await restoreFolder(folder, manifest)
  }
  console.log(`Restored ${restoredDatabase} and ${restoredMedia} from ${folder}${manifest.database.migration ? ` (taken at migration ${manifest.database.migration})` : ''}`)
}

main().catch((error) => {
  console.error(`Restore failed: ${error.message}`)
  process.exit(1)
})
