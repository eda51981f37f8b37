import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { withPreload } from '../../scripts/esm/nodeOptions.mjs'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'

/**
 * Tables, their columns and the indexes of a SQLite file, as sorted text lines. The rate-limit
 * store's table is not Payload's schema: rate-limiter-flexible creates it on first use
 * (src/platform/rateLimit/databaseStore.ts), on a migrated database as on a pushed one.
 */
const describeSchema = async (file: string) => {
  const client = createClient({ url: `file:${file}` })
  const lines: string[] = []
  const tables = await client.execute(
    "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' and name != 'payload_migrations' and name != 'pregonero_rate_limits' order by name",
  )
  for (const { name } of tables.rows as unknown as Array<{ name: string }>) {
    const columns = await client.execute(`pragma table_info("${name}")`)
    for (const column of columns.rows as unknown as Array<{ name: string; type: string; notnull: number }>) {
      lines.push(`${name}.${column.name} ${column.type} ${column.notnull ? 'not null' : 'null'}`)
    }
  }
  const indexes = await client.execute(
    "select name, tbl_name from sqlite_master where type = 'index' and name not like 'sqlite_%' and tbl_name != 'pregonero_rate_limits' order by name",
  )
  for (const index of indexes.rows as unknown as Array<{ name: string; tbl_name: string }>) lines.push(`index ${index.tbl_name}.${index.name}`)
  client.close()
  return lines.sort()
}

let app: Booted
beforeAll(async () => {
  app = await bootPayload()
})
afterAll(() => app.close())

it('the committed migrations build exactly the schema the config describes (no drift)', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-migrate-'))
  try {
    const migrated = path.join(dir, 'migrated.db')
    const result = spawnSync(path.resolve('node_modules/.bin/payload'), ['migrate'], {
      env: { ...process.env, DATABASE_URI: `file:${migrated}`, PAYLOAD_DB_PUSH: 'false', NODE_ENV: 'development', NODE_OPTIONS: withPreload('--no-deprecation') },
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status).toBe(0)
    const pushed = (app.payload.db as unknown as { clientConfig: { url: string } }).clientConfig.url.replace(/^file:/, '')
    const expected = await describeSchema(pushed)
    const actual = await describeSchema(migrated)
    // Missing lines mean a schema change without its migration: run `npm run migrate:create -- <name>`.
    expect(actual.filter((line) => !expected.includes(line))).toEqual([])
    expect(expected.filter((line) => !actual.includes(line))).toEqual([])
  } finally {
    await fs.rm(dir, { recursive: true, force: true })
  }
}, 180_000)
