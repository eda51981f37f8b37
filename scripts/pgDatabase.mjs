// Throw-away PostgreSQL databases for the PostgreSQL test lane, the e2e app and `npm run
// migrate:create:postgres`: created from an admin URL (a role with CREATEDB), dropped after use.
// Every name starts with `pregonero_pg_` so that a leftover is recognisable.
import pg from 'pg'

/** The admin connection the tests and scripts use (a role with CREATEDB; `.ci/run` creates it). */
export const DEFAULT_PG_ADMIN_URL = 'postgres://pregonero:pregonero@127.0.0.1:5432/postgres'

export const pgAdminUrl = (env = process.env) => env.PREGONERO_TEST_PG_URL || DEFAULT_PG_ADMIN_URL

/** How to get PostgreSQL, for the message of a run that cannot reach it. */
export const PG_HOWTO =
  'PostgreSQL is needed for the PostgreSQL lane (jest project int-pg). Install and start it ' +
  '(Debian: `apt-get install -y postgresql && pg_ctlcluster <version> main start`), create the test role ' +
  "(`su postgres -c \"psql -c \\\"CREATE ROLE pregonero LOGIN CREATEDB PASSWORD 'pregonero'\\\"\"`), or point " +
  'PREGONERO_TEST_PG_URL at a role with CREATEDB. `.ci/run` does all of this.'

const hidePassword = (url) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')

/** A database URL on the same server as `adminUrl`, naming `database`. */
export const databaseUrl = (adminUrl, database) => {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** A fresh database name: `pregonero_pg_<purpose>_<pid>_<random>` (lower case, safe as an identifier). */
export const scratchName = (purpose) =>
  `pregonero_pg_${purpose}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_')

const withAdmin = async (adminUrl, run) => {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
  } catch (error) {
    throw new Error(`PostgreSQL unreachable at ${hidePassword(adminUrl)} (${error.message}). ${PG_HOWTO}`)
  }
  try {
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

/** Creates the database `name` and returns its URL. */
export const createDatabase = async (name, adminUrl = pgAdminUrl()) => {
  if (!/^pregonero_pg_[a-z0-9_]+$/.test(name)) throw new Error(`createDatabase: ${name} is not a pregonero_pg_* name`)
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  return databaseUrl(adminUrl, name)
}

/**
 * Drops the database `name` (its remaining connections are ended first). An autovacuum worker busy
 * in it at that instant makes PostgreSQL 15 refuse WITH (FORCE) to a role without pg_signal_backend
 * (42501, "must be a member of the role whose process is being terminated": the worker has no role;
 * measured once in a CI run): `.ci/run` grants that role, and the drop is retried while the worker ends.
 */
export const dropDatabase = async (name, adminUrl = pgAdminUrl()) => {
  if (!/^pregonero_pg_[a-z0-9_]+$/.test(name)) throw new Error(`dropDatabase: ${name} is not a pregonero_pg_* name`)
  for (let attempt = 1; ; attempt++) {
    try {
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
      return
    } catch (error) {
      if (error?.code !== '42501' || attempt >= 20) throw error
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt))
    }
  }
}

/** Throws the how-to message when PostgreSQL cannot be reached. */
export const assertPostgresReachable = async (adminUrl = pgAdminUrl()) => {
  await withAdmin(adminUrl, (client) => client.query('SELECT 1'))
}
