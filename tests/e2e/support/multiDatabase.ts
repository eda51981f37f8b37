/**
 * The one database three instances share in tests/e2e/multi-instance.e2e.spec.ts: PostgreSQL when
 * `MULTI_DATABASE_URI` names a server (a fresh database is created on it and dropped after), else
 * the first instance's SQLite file (several processes on one file are several instances too).
 */
import { createClient } from '@libsql/client'

const HELD_UNTIL = '2099-01-01T00:00:00.000Z'

export const multiDatabase = async () => {
  const base = process.env.MULTI_DATABASE_URI
  if (!base) return { env: {} as Record<string, string>, uri: (appUri: string) => appUri, drop: async () => {} }
  const { default: pg } = await import('pg' as string)
  const name = `pregonero_multi_${process.pid}_${Date.now()}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    env: { DATABASE_URI: url.toString() } as Record<string, string>,
    uri: () => url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}

/** Makes the fixtures' held-back jobs due now, all at once (test control, written straight to the database). */
export const heldJobsRelease = async (uri: string): Promise<void> => {
  const now = new Date().toISOString()
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'UPDATE payload_jobs SET wait_until = ? WHERE wait_until = ?', args: [now, HELD_UNTIL] })
    client.close()
    return
  }
  const { default: pg } = await import('pg' as string)
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  await client.query('UPDATE payload_jobs SET wait_until = $1 WHERE wait_until >= $2', [now, HELD_UNTIL])
  await client.end()
}
