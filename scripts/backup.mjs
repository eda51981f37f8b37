// npm run backup -- [--out <folder>]
// A consistent copy of the SQLite database while the app runs (SQLite's `VACUUM INTO`, a
// transaction-consistent snapshot), a tar of the media folder, and a manifest with their SHA-256.
// Restore with scripts/restore.mjs. See docs/deploy.md.
import fs from 'node:fs/promises'
import path from 'node:path'

import { arg, DATABASE_FILE, libsql, MANIFEST, MEDIA_TAR, mediaDir, sha256, sqliteFile, tar } from './ops/sqliteBackup.mjs'

const main = async () => {
  const source = sqliteFile()
  const media = mediaDir()
  const out = path.resolve(arg('out', path.join('backups', new Date().toISOString().replace(/[:.]/g, '-'))))
  await fs.access(source)
  await fs.mkdir(out, { recursive: true })
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

  await fs.mkdir(media, { recursive: true })
  await tar(['-cf', path.join(out, MEDIA_TAR), '-C', media, '.'])

  const manifest = {
    createdAt: new Date().toISOString(),
    database: { file: DATABASE_FILE, sha256: await sha256(target) },
    media: { file: MEDIA_TAR, sha256: await sha256(path.join(out, MEDIA_TAR)) },
  }
  await fs.writeFile(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  console.log(`Backup written to ${out}`)
}

main().catch((error) => {
  console.error(`Backup failed: ${error.message}`)
  process.exit(1)
})
