/**
 * PostgreSQL's committed migrations (dev/migrations-postgres) build exactly the schema the config
 * describes: a database migrated by `payload migrate` against the one Payload pushed for this file.
 * Runs in the int-pg lane only (`.pg.int.spec.ts`: it needs PostgreSQL; jest.config.mjs).
 */
import pg from 'pg'

import { createDatabase, dropDatabase, scratchName } from '../../scripts/pgDatabase.mjs'
import { runPayloadScript } from '../../scripts/runPayloadScript.mjs'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'

/** Tables, columns (type, nullability) and indexes of a PostgreSQL database, as sorted text lines. */
const describeSchema = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const columns = await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string }>(
      "SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT IN ('payload_migrations', 'pregonero_rate_limits')",
    )
    const indexes = await client.query<{ tablename: string; indexname: string }>(
      "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT IN ('payload_migrations', 'pregonero_rate_limits')",
    )
    return [
      ...columns.rows.map((c) => `${c.table_name}.${c.column_name} ${c.udt_name} ${c.is_nullable === 'YES' ? 'null' : 'not null'}`),
      ...indexes.rows.map((i) => `index ${i.tablename}.${i.indexname}`),
    ].sort()
  } finally {
    await client.end()
  }
}

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

it('the committed PostgreSQL migrations build exactly the schema the config describes (no drift)', async () => {
  expect(app.payload.db.name).toBe('postgres')
  const name = scratchName('migrated')
  const url = await createDatabase(name)
  try {
    const result = runPayloadScript(['migrate'], {
      env: { ...process.env, DATABASE_URI: url, PAYLOAD_DB_PUSH: 'false', NODE_ENV: 'development', NODE_OPTIONS: '--no-deprecation' },
      timeout: 240_000,
    })
    expect(result.status).toBe(0)
    const expected = await describeSchema(process.env.DATABASE_URI!)
    const actual = await describeSchema(url)
    // Missing lines mean a schema change without its PostgreSQL migration: `npm run migrate:create:postgres -- <name>`.
    expect(actual.filter((line) => !expected.includes(line))).toEqual([])
    expect(expected.filter((line) => !actual.includes(line))).toEqual([])
  } finally {
    await dropDatabase(name)
  }
}, 300_000)
