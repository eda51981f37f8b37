import type { DatabaseAdapterObj } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, dropDatabase, scratchName } from '../../scripts/pgDatabase.mjs'
import { testDatabase } from '../helpers/bootPayload.js'

/**
 * The database of a bench's bare Payload app, on the same adapter as the plugin's app in the same
 * run (bootPayload's: SQLite, or PostgreSQL with PREGONERO_TEST_DB=postgres), with the app's own
 * settings (dev/database.ts): a fresh SQLite file, or a fresh `pregonero_pg_bench_*` database.
 */
export const bareDatabase = async (): Promise<{ db: DatabaseAdapterObj; cleanup: () => Promise<void> }> => {
  if (testDatabase() === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const name = scratchName('bench')
    const url = await createDatabase(name)
    const db = postgresAdapter({ pool: { connectionString: url }, push: true, transactionOptions: {} })
    return { db, cleanup: () => dropDatabase(name) }
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-bench-bare-'))
  const db = sqliteAdapter({ client: { url: `file:${path.join(dir, 'bare.db')}` }, push: true, wal: true, busyTimeout: 10_000, transactionOptions: { behavior: 'deferred' }, autoIncrement: true })
  return { db, cleanup: () => fs.rm(dir, { recursive: true, force: true }) }
}
