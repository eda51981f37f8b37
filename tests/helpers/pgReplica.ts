// The streaming replica of the read-replica test (tests/int/read-replica.pg.int.spec.ts): made by
// scripts/pgReplica.mjs (`.ci/run` runs it), reached as the test role on PREGONERO_TEST_PG_REPLICA_URL.
import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import pg from 'pg'

import { databaseUrl, pgAdminUrl } from '../../scripts/pgDatabase.mjs'

export const DEFAULT_REPLICA_URL = 'postgres://pregonero:pregonero@127.0.0.1:5433/postgres'
export const replicaAdminUrl = (): string => process.env.PREGONERO_TEST_PG_REPLICA_URL || DEFAULT_REPLICA_URL

export const REPLICA_HOWTO =
  'The read-replica test needs a streaming replica of the PostgreSQL lane\'s server: as root run ' +
  '`node scripts/pgReplica.mjs up` (pg_basebackup -R -X stream of the local Debian cluster into the ' +
  'cluster "replica" on port 5433; `.ci/run` does it), or point PREGONERO_TEST_PG_REPLICA_URL at a hot ' +
  'standby of PREGONERO_TEST_PG_URL where the test role may run pg_wal_replay_pause()/pg_wal_replay_resume().'

const withClient = async <T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end().catch(() => {})
  }
}

const one = async <T>(url: string, sql: string, params: unknown[] = []): Promise<T> =>
  withClient(url, async (client) => Object.values((await client.query(sql, params)).rows[0] ?? {})[0] as T)

/** Throws the how-to when the replica is unreachable, not a standby, or not streaming. */
export const assertReplica = async (): Promise<void> => {
  let state: string
  try {
    state = await one<string>(
      replicaAdminUrl(),
      "SELECT CASE WHEN NOT pg_is_in_recovery() THEN 'not a standby' WHEN NOT EXISTS (SELECT FROM pg_stat_wal_receiver) THEN 'not streaming (no WAL receiver)' ELSE 'ok' END",
    )
  } catch (error) {
    state = `unreachable (${(error as Error).message})`
  }
  if (state !== 'ok') throw new Error(`Read replica at ${replicaAdminUrl().replace(/:[^:@/]*@/, ':***@')}: ${state}. ${REPLICA_HOWTO}`)
}

/** The replica's URL for the database `name` (same role and password as the admin URL). */
export const replicaUrlOf = (name: string): string => databaseUrl(replicaAdminUrl(), name)

/** Waits until the replica has replayed everything the primary has written so far. */
export const waitCaughtUp = async (ms = 60_000): Promise<void> => {
  const target = await one<string>(pgAdminUrl(), 'SELECT pg_current_wal_lsn()::text')
  const until = Date.now() + ms
  while (!(await one<boolean>(replicaAdminUrl(), 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn', [target]))) {
    if (Date.now() > until) throw new Error(`the replica did not replay up to ${target} within ${ms} ms`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

/** Stops applying WAL on the replica (it keeps receiving it): a replica lagging for as long as the test wants. */
export const pauseReplay = async (): Promise<void> => {
  await one(replicaAdminUrl(), 'SELECT pg_wal_replay_pause()')
  const until = Date.now() + 30_000
  while ((await one<string>(replicaAdminUrl(), 'SELECT pg_get_wal_replay_pause_state()')) !== 'paused') {
    if (Date.now() > until) throw new Error('the replica did not pause its replay')
    await new Promise((r) => setTimeout(r, 50))
  }
}

export const resumeReplay = async (): Promise<void> => {
  await one(replicaAdminUrl(), 'SELECT pg_wal_replay_resume()')
}

/** Connections of the database `name` on the replica (the app's replica pool shows here). */
export const replicaBackends = (name: string): Promise<number> =>
  one<string>(replicaAdminUrl(), 'SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [name]).then(Number)

/** The adapter's read-after-write window (db-postgres: `readReplicasAfterWriteInterval`, 2000 ms by default). */
type Windowed = { readReplicasAfterWriteInterval: number }
const DEFAULT_WINDOW_MS = 2000

/**
 * The replica lags and every read outside a transaction is its (the write was made "elsewhere":
 * another instance, or longer ago than the window): the window closed, the replay paused.
 */
export const startLag = async (payload: Payload): Promise<void> => {
  ;(payload.db as unknown as Windowed).readReplicasAfterWriteInterval = 0
  await pauseReplay()
}

/** After a test that made the replica lag: its replay resumed and caught up, the window back. */
export const endLag = async (payload: Payload): Promise<void> => {
  await resumeReplay()
  await waitCaughtUp()
  ;(payload.db as unknown as Windowed).readReplicasAfterWriteInterval = DEFAULT_WINDOW_MS
}

/** Runs `run` with a request inside a transaction: what the primary holds, whatever the replica says. */
export const onPrimary = async <T>(payload: Payload, run: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    return await run(req)
  } finally {
    await commitTransaction(req)
  }
}
