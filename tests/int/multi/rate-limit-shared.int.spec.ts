/**
 * Rate limits across instances: the reference app keeps its counters in its own database
 * (databaseRateLimitStore: rate-limiter-flexible's PostgreSQL store on the adapter's pool, or the
 * same atomic upsert on the SQLite file), so an instance answering a client sees the hits the other
 * instances counted. The reference app is booted with a small anonymous budget, on SQLite (int) and
 * on PostgreSQL (int-pg); "another instance" is a second store with its own memory and its own
 * connection (pool) to the same database, what a second process has.
 */
import type { Payload } from 'payload'

import { createClient } from '@libsql/client'
import path from 'node:path'
import pg from 'pg'

import { databaseRateLimitStore } from '../../../src/platform/rateLimit/databaseStore.js'
import { peerAddressHeader } from '../../../src/platform/rateLimit/index.js'
import { bootPayload, type Booted, testDatabase } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
const ip = (address: string) => ({ [peerAddressHeader()]: address })
const MAX = 5

/** A second instance: a fresh store on its own connection (pool) to the same database. */
const otherInstance = async () => {
  const store = databaseRateLimitStore()
  if (testDatabase() === 'postgres') {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URI, max: 4 })
    await store.attach({ db: { name: 'postgres', pool } } as unknown as Payload)
    expect(store.kind()).toBe('postgres')
    return { store, close: () => void pool.end() }
  }
  const client = createClient({ url: `file:${path.join(booted.dir, 'test.db')}` })
  await client.execute('PRAGMA busy_timeout = 10000')
  await store.attach({ db: { name: 'sqlite', client } } as unknown as Payload)
  expect(store.kind()).toBe('sqlite')
  return { store, close: () => client.close() }
}
/** The counters the app's own store wrote (its table, on either adapter). */
const storedPoints = async (suffix: string): Promise<number[]> => {
  const db = payload.db as unknown as { pool?: pg.Pool; client?: ReturnType<typeof createClient> }
  if (db.pool) return (await db.pool.query('SELECT points FROM pregonero_rate_limits WHERE key LIKE $1', [`%${suffix}`])).rows.map((row) => Number(row.points))
  const { rows } = await db.client!.execute({ sql: 'SELECT points FROM pregonero_rate_limits WHERE key LIKE ?', args: [`%${suffix}`] })
  return rows.map((row) => Number(row.points))
}

beforeAll(async () => {
  booted = await bootPayload({ RATE_LIMIT_ANON_MAX: String(MAX), RATE_LIMIT_ANON_WINDOW_MS: '60000' })
  payload = booted.payload
  rest = restClient(payload.config)
}, 120_000)
afterAll(async () => {
  await booted?.close()
})

it('the reference app counts anonymous reads in the database, where another instance sees them', async () => {
  for (let i = 0; i < MAX; i++) expect((await rest.get('/contents', { headers: ip('203.0.113.20') })).status).toBe(200)
  expect(await storedPoints('anon:203.0.113.20')).toEqual([MAX])

  // The other instance has counted nothing itself, yet the client's budget is spent there too.
  const other = await otherInstance()
  try {
    const result = await other.store.hit('anon:203.0.113.20', MAX, 60_000)
    expect(result.allowed).toBe(false)
    expect(result.retryAfterMs).toBeGreaterThan(0)
    expect(result.retryAfterMs).toBeLessThanOrEqual(60_000)
    // And its hit counts here: the app refuses the next read with 429 and Retry-After.
    const refused = await rest.get('/contents', { headers: ip('203.0.113.20') })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Another address is untouched.
    expect((await rest.get('/contents', { headers: ip('203.0.113.21') })).status).toBe(200)
  } finally {
    other.close()
  }
})

it('hits racing through two instances are counted atomically: exactly the budget is allowed', async () => {
  const other = await otherInstance()
  const mine = databaseRateLimitStore()
  await mine.attach(payload)
  try {
    const budget = 30
    const key = 'login-ip:203.0.113.30'
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) => (i % 2 ? other.store : mine).hit(key, budget, 60_000)),
    )
    expect(results.filter((result) => result.allowed)).toHaveLength(budget)
    const remaining = results.filter((result) => result.allowed).map((result) => result.remaining).sort((a, b) => a - b)
    expect(remaining).toEqual(Array.from({ length: budget }, (_, i) => i)) // each count handed out once
  } finally {
    other.close()
  }
})

it('a window that ran out starts again', async () => {
  const mine = databaseRateLimitStore()
  await mine.attach(payload)
  expect((await mine.hit('anon:203.0.113.40', 1, 300)).allowed).toBe(true)
  expect((await mine.hit('anon:203.0.113.40', 1, 300)).allowed).toBe(false)
  await new Promise((resolve) => setTimeout(resolve, 400))
  expect((await mine.hit('anon:203.0.113.40', 1, 300)).allowed).toBe(true)
})

it('before it is attached, and on an adapter it cannot share on, it counts in memory', async () => {
  const store = databaseRateLimitStore()
  expect(store.kind()).toBe('memory')
  expect((await store.hit('anon:x', 1, 60_000)).allowed).toBe(true)
  expect((await store.hit('anon:x', 1, 60_000)).allowed).toBe(false)
  await store.attach({ db: { name: 'mongoose' } } as unknown as Payload)
  expect(store.kind()).toBe('memory')
})

it('a database that refuses the hit does not open the gate: the insurance limiter counts in memory', async () => {
  const broken = { execute: async (stmt: { sql: string }) => (stmt.sql.startsWith('CREATE') ? { rows: [] } : Promise.reject(new Error('disk I/O error'))) }
  const store = databaseRateLimitStore()
  await store.attach({ db: { name: 'sqlite', client: broken } } as unknown as Payload)
  expect(store.kind()).toBe('sqlite')
  expect((await store.hit('anon:203.0.113.50', 2, 60_000)).allowed).toBe(true)
  expect((await store.hit('anon:203.0.113.50', 2, 60_000)).allowed).toBe(true)
  expect((await store.hit('anon:203.0.113.50', 2, 60_000)).allowed).toBe(false)
})

describe('large budgets (anonymous reads) are counted write-behind', () => {
  /** The app's own client, with a count of the statements sent through it. */
  const countingStore = async () => {
    const db = payload.db as unknown as { name: string; pool?: pg.Pool; client?: { execute: (stmt: unknown) => Promise<unknown> } }
    const counted = { statements: 0 }
    const store = databaseRateLimitStore({ flushMs: 50 })
    if (db.pool) {
      const pool = db.pool
      const query = (...args: unknown[]) => {
        counted.statements++
        return (pool.query as (...a: unknown[]) => Promise<unknown>)(...args)
      }
      // rate-limiter-flexible's PostgreSQL store calls pool.query; everything else is the real pool.
      await store.attach({ db: { name: 'postgres', pool: new Proxy(pool, { get: (target, prop) => (prop === 'query' ? query : Reflect.get(target, prop)) }) } } as unknown as Payload)
    } else {
      const client = db.client!
      await store.attach({ db: { name: 'sqlite', client: { execute: (stmt: unknown) => (counted.statements++, client.execute(stmt)) } } } as unknown as Payload)
    }
    counted.statements = 0
    return { store, counted }
  }

  it('one statement per key per flush, not per hit; within one instance exactly the budget is allowed', async () => {
    const { store, counted } = await countingStore()
    const key = 'anon:203.0.113.60'
    const results = []
    for (let i = 0; i < 250; i++) results.push(await store.hit(key, 200, 60_000))
    expect(results.filter((result) => result.allowed)).toHaveLength(200)
    expect(results.slice(200).every((result) => !result.allowed && result.retryAfterMs > 0)).toBe(true)
    await store.flush()
    expect(counted.statements).toBeLessThanOrEqual(5) // the first hit learns the total, a flush or two write the rest (not 200)
    expect(await storedPoints(key)).toEqual([200])
  })

  it('another instance learns the shared total on its first hit and allows only what is left', async () => {
    const { store } = await countingStore()
    const key = 'anon:203.0.113.61'
    for (let i = 0; i < 150; i++) expect((await store.hit(key, 200, 60_000)).allowed).toBe(true)
    await store.flush()
    const other = await otherInstance()
    try {
      const results = []
      for (let i = 0; i < 100; i++) results.push(await other.store.hit(key, 200, 60_000))
      expect(results.filter((result) => result.allowed)).toHaveLength(50)
      await other.store.flush()
      expect(await storedPoints(key)).toEqual([200])
      // And the first instance, past its window's knowledge, is refused once it flushes and learns.
      await store.hit(key, 200, 60_000)
      await store.flush()
      expect((await store.hit(key, 200, 60_000)).allowed).toBe(false)
    } finally {
      other.close()
    }
  })
})
