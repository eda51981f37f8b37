import type { Payload } from 'payload'

import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { getPayload } from 'payload'

import { startS3Server } from './s3Server.js'
import { createDatabase, dropDatabase, scratchName } from '../../scripts/pgDatabase.mjs'
import { assertReplica, replicaUrlOf, resumeReplay, waitCaughtUp } from './pgReplica.js'

/**
 * A client still checked out of a pool (a transaction of a job a test left running) has no error
 * listener (pg-pool removes its idle one while the client is lent): the database's FORCE drop ends
 * its connection, and the unheard 'error' event would fail the file after its tests passed.
 */
const quietClients = (pool: unknown): void => {
  for (const client of (pool as undefined | { _clients?: Array<{ on: (event: 'error', listener: () => void) => void }> })?._clients ?? []) client.on('error', () => {})
}

export type Booted = { payload: Payload; dir: string; close: () => Promise<void> }

/** The database the int tests run on: SQLite (default) or PostgreSQL (`PREGONERO_TEST_DB=postgres`, the int-pg project). */
export const testDatabase = (): 'postgres' | 'sqlite' => (process.env.PREGONERO_TEST_DB === 'postgres' ? 'postgres' : 'sqlite')

let booted = false

/**
 * Boots the reference app's Payload on a fresh SQLite file in a temporary folder, or, with
 * `PREGONERO_TEST_DB=postgres`, on a fresh PostgreSQL database `pregonero_pg_test_*` created from
 * the admin URL `PREGONERO_TEST_PG_URL` (scripts/pgDatabase.mjs) and dropped on close. The schema
 * is pushed either way, as Payload's push does in development.
 * The config reads the environment when imported, so everything is set first.
 * `env` adds variables (e.g. SMTP_HOST/SMTP_PORT of a test mail server).
 * Once per process (per test file under jest): the config module is evaluated once, bound to the
 * first database, and getPayload keeps its first instance even after destroy(); a second boot
 * would get that closed instance, whose database calls never settle. So a second call throws.
 * With PREGONERO_TEST_STORAGE=s3 the files go to a real S3-compatible server (s3rver) started on
 * loopback for this file (tests/helpers/s3Server.ts), through the PREGONERO_S3_* variables.
 * The queue's wall-clock runner is off (`PREGONERO_DISABLE_JOBS`): a test runs jobs itself, and a
 * minute boundary must not queue the scheduled tasks or run a test's jobs behind its back (it did:
 * a job count read 14 instead of 0 when a run crossed the minute). `env` may turn it back on.
 * `readReplica` (PostgreSQL only) gives the app the test replica (tests/helpers/pgReplica.ts) as its
 * `DATABASE_READ_REPLICAS`, once the new database has reached it; close() resumes the replica's
 * replay and ends the replica pools (db-postgres never does) before the database is dropped.
 */
export const bootPayload = async (env: Record<string, string> = {}, { readReplica = false }: { readReplica?: boolean } = {}): Promise<Booted> => {
  if (booted) throw new Error('bootPayload: one Payload per process (run each bench, each test file, in a process of its own)')
  booted = true
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-test-'))
  const pgName = testDatabase() === 'postgres' ? scratchName('test') : null
  if (readReplica && !pgName) throw new Error('bootPayload: readReplica needs the PostgreSQL lane (PREGONERO_TEST_DB=postgres)')
  if (readReplica) await assertReplica()
  process.env.DATABASE_URI = pgName ? await createDatabase(pgName) : `file:${path.join(dir, 'test.db')}`
  delete process.env.DATABASE_READ_REPLICAS
  if (readReplica && pgName) {
    await waitCaughtUp()
    process.env.DATABASE_READ_REPLICAS = replicaUrlOf(pgName)
  }
  process.env.PREGONERO_MEDIA_DIR = path.join(dir, 'media')
  process.env.PAYLOAD_SECRET = 'test-secret'
  process.env.PAYLOAD_DB_PUSH = 'true'
  delete process.env.SMTP_HOST
  process.env.PREGONERO_DISABLE_JOBS = 'true'
  const s3 = process.env.PREGONERO_TEST_STORAGE === 's3' ? await startS3Server() : undefined
  if (s3) Object.assign(process.env, s3.env)
  Object.assign(process.env, env)
  const { default: config } = await import('../../dev/payload.config.js')
  let payload: Payload
  try {
    payload = await getPayload({ config })
  } catch (error) {
    await s3?.stop()
    if (pgName) await dropDatabase(pgName).catch(() => {})
    throw error
  }
  return {
    payload,
    dir,
    close: async () => {
      // db-postgres' destroy() leaves its pool open, and its connect() keeps one client checked out
      // for good (so pool.end() never settles): close the idle ones, let DROP … WITH (FORCE) end
      // the held one, and take the pool's error event for the connections it ends.
      const pool = (payload.db as unknown as { pool?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void } }).pool
      const replicaPools = ((payload.db as unknown as { drizzle?: { $replicas?: Array<{ $client?: { end: () => Promise<void>; on: (event: 'error', listener: () => void) => void } }> } }).drizzle?.$replicas ?? [])
        .map((replica) => replica.$client)
        .filter((client) => client !== undefined)
      await payload.destroy()
      await s3?.stop()
      if (readReplica) {
        await resumeReplay()
        for (const replicaPool of replicaPools) {
          // As the primary's: connect() keeps one client checked out, so end() never settles.
          replicaPool.on('error', () => {})
          quietClients(replicaPool)
          void replicaPool.end().catch(() => {})
        }
      }
      if (pgName) {
        pool?.on('error', () => {})
        quietClients(pool)
        void pool?.end().catch(() => {})
        await dropDatabase(pgName)
      }
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
