// Shared by scripts/backup.mjs and scripts/restore.mjs: where the SQLite database and the media
// folder are (the same reading of the environment as dev/database.ts and the plugin's defaults),
// the libsql client (through the SQLite adapter, which depends on it), hashes and tar.
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const DATABASE_FILE = 'database.sqlite'
export const MEDIA_TAR = 'media.tar'
export const MANIFEST = 'manifest.json'

/** The SQLite file of DATABASE_URI (default data/pregonero.db); other adapters have their own tools. */
export const sqliteFile = (uri = process.env.DATABASE_URI, cwd = process.cwd()) => {
  const value = uri?.trim()
  if (!value) return path.join(cwd, 'data', 'pregonero.db')
  if (!value.startsWith('file:')) {
    throw new Error(`DATABASE_URI is not a SQLite file (${value.split(':')[0]}:): back up MongoDB with mongodump/mongorestore (docs/deploy.md)`)
  }
  return path.resolve(cwd, value.replace(/^file:(\/\/(?=\/))?/, ''))
}

/** PREGONERO_MEDIA_DIR, or the plugin's default ./media. */
export const mediaDir = (cwd = process.cwd()) => path.resolve(cwd, process.env.PREGONERO_MEDIA_DIR || 'media')

export const libsql = async () => {
  const fromAdapter = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
  return import(pathToFileURL(fromAdapter.resolve('@libsql/client')).href)
}

export const sha256 = (file) =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file).on('error', reject).on('data', (chunk) => hash.update(chunk)).on('end', () => resolve(hash.digest('hex')))
  })

export const tar = (args) =>
  new Promise((resolve, reject) => {
    const child = spawn('tar', args, { stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args[0]} exited with ${code}`))))
  })

/** `--name value` from argv. */
export const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index === -1 ? fallback : process.argv[index + 1]
}

/** The last migration Payload recorded in the SQLite file, or null (no table yet). */
export const sqliteMigration = async (file) => {
  const { createClient } = await libsql()
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute('SELECT name FROM payload_migrations ORDER BY created_at DESC, id DESC LIMIT 1')
    return rows[0]?.name ?? null
  } catch {
    return null
  } finally {
    client.close()
  }
}
