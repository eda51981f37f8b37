// npm run backup -- [--out <folder>]
// A consistent copy of the database while the app runs — SQLite: `VACUUM INTO` (a
// transaction-consistent snapshot); PostgreSQL (`DATABASE_URI=postgres://…`): pg_dump's custom
// format — and of the files: a tar of the media folder, or every object of the S3 bucket under its
// prefix (`PREGONERO_S3_*`). manifest.json lists the kinds, the app's version and migration, and
// every file's SHA-256. Restore with scripts/restore.mjs. See docs/deploy.md.
import fs from 'node:fs/promises'
import path from 'node:path'

import { appVersion, describeFile, writeManifest } from './ops/manifest.mjs'
import { DUMP_FILE, dumpPostgres, isPostgresUri, postgresMigration } from './ops/postgresBackup.mjs'
import { backupObjects, describeTarget, s3Target } from './ops/s3Backup.mjs'
import { arg, DATABASE_FILE, libsql, MANIFEST, MEDIA_TAR, mediaDir, sha256, sqliteFile, sqliteMigration, tar } from './ops/sqliteBackup.mjs'

const backupSqlite = async (out) => {
  const source = sqliteFile()
  await fs.access(source)
  const target = path.join(out, DATABASE_FILE)
  await fs.rm(target, { force: true })
  const { createClient } = await libsql()
  const client = createClient({ url: `file:${source}` })
  try {
    // Quoted as an SQL string literal: a quote in the path is doubled.
    await client.execute(`VACUUM INTO '${target.replace(/'/g, "''")}'`)
  } finally {
    client.close()
  }
  return { kind: 'sqlite', ...(await describeFile(out, DATABASE_FILE)), migration: await sqliteMigration(target) }
}

const backupPostgres = async (out, uri) => {
  await dumpPostgres(uri, path.join(out, DUMP_FILE))
  return { kind: 'postgres', ...(await describeFile(out, DUMP_FILE)), migration: await postgresMigration(uri) }
}

const main = async () => {
  const uri = process.env.DATABASE_URI?.trim()
  const bucket = s3Target()
  const out = path.resolve(arg('out', path.join('backups', new Date().toISOString().replace(/[:.]/g, '-'))))
  await fs.mkdir(out, { recursive: true })
  const createdAt = new Date().toISOString()

  // The database first, then the files: a file uploaded in between is in the copy without its row
  // (harmless), never a row without its file.
  const database = isPostgresUri(uri) ? await backupPostgres(out, uri) : await backupSqlite(out)

  let media
  if (bucket) {
    const objects = await backupObjects(bucket, out)
    media = { kind: 's3', bucket: bucket.bucket, prefix: bucket.prefix, objects }
    console.log(`${objects.length} objects copied from ${describeTarget(bucket)}`)
  } else {
    const folder = mediaDir()
    await fs.mkdir(folder, { recursive: true })
    await tar(['-cf', path.join(out, MEDIA_TAR), '-C', folder, '.'])
    media = { kind: 'folder', ...(await describeFile(out, MEDIA_TAR)) }
  }

  await writeManifest(out, { createdAt, app: await appVersion(), database, media })
  console.log(`Backup written to ${out}`)
  console.log(`manifest.json SHA-256: ${await sha256(path.join(out, MANIFEST))} (keep it apart from the backup; restore checks it with --manifest-sha256)`)
}

main().catch((error) => {
  console.error(`Backup failed: ${error.message}`)
  process.exit(1)
})
