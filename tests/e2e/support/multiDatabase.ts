/**
 * The one database three instances share in tests/e2e/multi-instance.e2e.spec.ts: a fresh
 * PostgreSQL database `pregonero_pg_multi_*` on PREGONERO_TEST_PG_URL's server (scripts/pgDatabase.mjs),
 * dropped after. `PREGONERO_MULTI_DB=sqlite` runs the same test on one SQLite file instead (several
 * processes on one file are several instances too).
 */
import { createClient } from '@libsql/client'
import pg from 'pg'

import { createDatabase, dropDatabase, scratchName } from '../../../scripts/pgDatabase.mjs'

const HELD_UNTIL = '2099-01-01T00:00:00.000Z'

export type MultiDatabase = { kind: 'postgres' | 'sqlite'; database: string; drop: () => Promise<void> }

export const multiDatabase = async (dir: string): Promise<MultiDatabase> => {
  if (process.env.PREGONERO_MULTI_DB === 'sqlite') return { kind: 'sqlite', database: `file:${dir}/multi.db`, drop: async () => {} }
  const name = scratchName('multi')
  const url = await createDatabase(name)
  return { kind: 'postgres', database: url, drop: () => dropDatabase(name) }
}

/** Makes the fixtures' held-back jobs due now, all at once (test control, written straight to the database). */
export const heldJobsRelease = async (uri: string): Promise<number> => {
  const now = new Date().toISOString()
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    await client.execute('PRAGMA busy_timeout = 10000')
    const result = await client.execute({ sql: 'UPDATE payload_jobs SET wait_until = ? WHERE wait_until = ?', args: [now, HELD_UNTIL] })
    client.close()
    return result.rowsAffected
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    const result = await client.query('UPDATE payload_jobs SET wait_until = $1 WHERE wait_until >= $2', [now, HELD_UNTIL])
    return result.rowCount ?? 0
  } finally {
    await client.end()
  }
}
