// PostgreSQL for scripts/backup.mjs and scripts/restore.mjs: pg_dump's custom format (a consistent
// snapshot while the app writes) and pg_restore into an empty or --force'd database. The password
// goes to the child in PGPASSWORD, never on its command line (where `ps` shows it) or in a message.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export const DUMP_FILE = 'database.dump'

export const isPostgresUri = (uri) => /^postgres(ql)?:\/\//i.test(uri?.trim() ?? '')

/** The URI without its password, for messages. */
export const hidePassword = (uri) => uri.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/** libpq's connection: the URI without the password, and the password for PGPASSWORD. */
export const pgConnection = (uri) => {
  const url = new URL(uri.trim())
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} }
}

/**
 * A PostgreSQL client program: PREGONERO_PG_BIN (a folder) when set, else the PATH, else the newest
 * Debian/Ubuntu install (/usr/lib/postgresql/<version>/bin). pg_dump must not be older than the server.
 */
export const pgProgram = (name) => {
  const folders = [
    ...(process.env.PREGONERO_PG_BIN ? [process.env.PREGONERO_PG_BIN] : []),
    ...(process.env.PATH ?? '').split(path.delimiter).filter(Boolean),
    ...(() => {
      try {
        return fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
      } catch {
        return []
      }
    })(),
  ]
  for (const folder of folders) {
    const file = path.join(folder, name)
    try {
      fs.accessSync(file, fs.constants.X_OK)
      return file
    } catch {}
  }
  throw new Error(`${name} not found: install the PostgreSQL client (Debian: apt-get install postgresql-client) or set PREGONERO_PG_BIN to its folder`)
}

const run = (program, args, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(pgProgram(program), args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolve(stderr) : reject(new Error(`${program} exited with ${code}: ${hidePassword(stderr.trim())}`))))
  })

/** pg_dump --format=custom of the database into `file`. */
export const dumpPostgres = async (uri, file) => {
  const { dbname, env } = pgConnection(uri)
  await run('pg_dump', ['--format=custom', '--no-password', `--file=${file}`, `--dbname=${dbname}`], env)
}

/**
 * pg_restore of `file` into the database, in ONE transaction (all or nothing): the dump's objects
 * are dropped first when present, owners and grants are left to the restoring role.
 */
export const restorePostgres = async (uri, file) => {
  const { dbname, env } = pgConnection(uri)
  await run('pg_restore', ['--clean', '--if-exists', '--no-owner', '--no-privileges', '--single-transaction', '--no-password', `--dbname=${dbname}`, file], env)
}

const pgModule = async () => {
  const require = createRequire(import.meta.url)
  try {
    return (await import(pathToFileURL(createRequire(require.resolve('@payloadcms/db-postgres')).resolve('pg')).href)).default
  } catch {
    return (await import('pg')).default
  }
}

const withClient = async (uri, work) => {
  const pg = await pgModule()
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(`PostgreSQL unreachable at ${hidePassword(uri)} (${error.message})`)
  }
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** How many tables the database has outside PostgreSQL's own schemas. */
export const postgresTableCount = (uri) =>
  withClient(uri, async (client) => {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')")
    return rows[0].n
  })

/** The last migration Payload recorded, or null (no table yet). */
export const postgresMigration = (uri) =>
  withClient(uri, async (client) => {
    try {
      const { rows } = await client.query('SELECT name FROM payload_migrations ORDER BY created_at DESC, id DESC LIMIT 1')
      return rows[0]?.name ?? null
    } catch {
      return null
    }
  })
