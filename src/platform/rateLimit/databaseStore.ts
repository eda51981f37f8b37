import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'

import type { RateLimitResult, RateLimitStore } from './store.js'

import { createMemoryStore } from './store.js'
import { type LibsqlLike, SqliteRateLimiter, sqliteRateLimitTable } from './sqliteLimiter.js'
import { writeBehindCounter } from './writeBehind.js'

/** Where a database store keeps its counters once attached to a Payload instance. */
export type SharedStoreKind = 'memory' | 'postgres' | 'sqlite'

export type DatabaseRateLimitStore = RateLimitStore & {
  /** Binds the store to the app's database (the platform's `onInit` does it). */
  attach: (payload: Payload) => Promise<void>
  /** Where the counters live now: `memory` until attached, or on an adapter it cannot share on. */
  kind: () => SharedStoreKind
  /** Writes the write-behind counts now (they otherwise go every `flushMs`). */
  flush: () => Promise<void>
}

type Backend = { kind: 'postgres'; pool: unknown; schemaName?: string } | { kind: 'sqlite'; client: LibsqlLike }

/** Keys longer than the PostgreSQL store's varchar(255) (a long e-mail) are hashed. */
const storeKey = (key: string) => (key.length > 200 ? `h:${createHash('sha256').update(key).digest('hex')}` : key)

const backendOf = (payload: Payload): Backend | null => {
  const db = payload.db as unknown as { name?: string; pool?: unknown; client?: LibsqlLike; schemaName?: string }
  if (db.name === 'postgres' && db.pool) return { kind: 'postgres', pool: db.pool, schemaName: db.schemaName }
  if (db.name === 'sqlite' && db.client && typeof db.client.execute === 'function') return { kind: 'sqlite', client: db.client }
  return null
}

/**
 * `databaseRateLimitStore()`, from `pregonero/platform`: rate-limit counters in the app's own
 * database, shared by every instance on it, through rate-limiter-flexible:
 * - PostgreSQL (`@payloadcms/db-postgres`): the library's PostgreSQL store on the adapter's pool
 *   (`INSERT … ON CONFLICT … RETURNING`, one atomic statement per hit);
 * - SQLite (`@payloadcms/db-sqlite`): the same upsert on the database file through the adapter's
 *   libsql client (processes sharing the file count together);
 * - any other adapter (MongoDB): this process's memory, as without it (pass your own store there).
 * Until the platform attaches it (`onInit`), and whenever the database refuses a hit, it counts in
 * this process's memory (the library's insurance limiter): a database outage never opens the gate
 * and never fails a request for want of a counter.
 */
export const databaseRateLimitStore = ({
  tableName = 'pregonero_rate_limits',
  batchFrom = 100,
  flushMs = 100,
}: {
  tableName?: string
  /** Budgets of at least this many hits per window are counted write-behind (writeBehind.ts); smaller ones (logins) one statement per hit, exactly. */
  batchFrom?: number
  /** How often the write-behind counts reach the database. */
  flushMs?: number
} = {}): DatabaseRateLimitStore => {
  let backend: Backend | null = null
  const limiters = new Map<string, RateLimiterAbstract>()
  const beforeAttach = createMemoryStore()

  const limiterFor = (max: number, windowMs: number): RateLimiterAbstract => {
    const id = `${max}:${windowMs}`
    let limiter = limiters.get(id)
    if (limiter) return limiter
    const base = { points: max, duration: windowMs / 1000, keyPrefix: `rl:${id}` }
    const insuranceLimiter = new RateLimiterMemory(base)
    limiter =
      backend?.kind === 'postgres'
        ? new RateLimiterPostgres({ ...base, storeClient: backend.pool, storeType: 'pool', tableName, schemaName: backend.schemaName, tableCreated: true, insuranceLimiter })
        : backend?.kind === 'sqlite'
          ? (new SqliteRateLimiter({ ...base, storeClient: backend.client, tableName, insuranceLimiter }) as unknown as RateLimiterAbstract)
          : insuranceLimiter
    limiters.set(id, limiter)
    return limiter
  }

  /** Adds points in one statement; a refusal (over the budget) still carries the window's total. */
  const addPoints = async (key: string, points: number, max: number, windowMs: number) => {
    try {
      const res = await limiterFor(max, windowMs).consume(storeKey(key), points)
      return { total: res.consumedPoints, msBeforeNext: res.msBeforeNext }
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return { total: refusal.consumedPoints, msBeforeNext: refusal.msBeforeNext }
      throw refusal
    }
  }
  const batched = writeBehindCounter(addPoints, { flushMs })

  return {
    kind: () => backend?.kind ?? 'memory',
    flush: () => batched.flush(),
    attach: async (payload) => {
      const found = backendOf(payload)
      if (!found) return
      if (found.kind === 'postgres') {
        // The library creates its table (tolerating another instance creating it at the same moment).
        await new Promise<void>((resolve, reject) => {
          new RateLimiterPostgres(
            { points: 1, duration: 1, storeClient: found.pool, storeType: 'pool', tableName, schemaName: found.schemaName, tableCreated: false, clearExpiredByTimeout: false },
            (error?: Error) => (error ? reject(error) : resolve()),
          )
        })
      } else {
        await found.client.execute({ sql: sqliteRateLimitTable(tableName), args: [] })
        // Windows long over are deleted now and then (the PostgreSQL store does the same by itself).
        setInterval(() => {
          found.client.execute({ sql: `DELETE FROM "${tableName}" WHERE expire < ?`, args: [Date.now() - 3_600_000] }).catch(() => {})
        }, 300_000).unref()
      }
      backend = found
      limiters.clear()
      batched.reset()
    },
    hit: async (key: string, max: number, windowMs: number): Promise<RateLimitResult> => {
      if (!backend) return beforeAttach.hit(key, max, windowMs)
      if (max >= batchFrom) return batched.hit(key, max, windowMs)
      try {
        const res = await limiterFor(max, windowMs).consume(storeKey(key), 1)
        return { allowed: true, remaining: res.remainingPoints, retryAfterMs: Math.max(0, res.msBeforeNext) }
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) return { allowed: false, remaining: 0, retryAfterMs: Math.max(0, refusal.msBeforeNext) }
        throw refusal
      }
    },
    reset: async () => {
      beforeAttach.reset()
      limiters.clear()
      batched.reset()
      if (backend?.kind === 'sqlite') await backend.client.execute({ sql: `DELETE FROM "${tableName}"`, args: [] })
      if (backend?.kind === 'postgres') {
        const table = backend.schemaName ? `"${backend.schemaName}"."${tableName}"` : `"${tableName}"`
        await (backend.pool as { query: (sql: string) => Promise<unknown> }).query(`DELETE FROM ${table}`)
      }
    },
  }
}

/** Attaches a store that can be (the platform's `onInit`); a store without `attach` is left as given. */
export const attachRateLimitStore = async (store: RateLimitStore, payload: Payload): Promise<void> => {
  const attach = (store as Partial<DatabaseRateLimitStore>).attach
  if (typeof attach !== 'function') return
  try {
    await attach(payload)
  } catch (error) {
    // Counting per process beats not starting: say so loudly.
    payload.logger.error({ err: error, msg: 'Rate limits: the shared store could not be set up; counting in this process only' })
  }
}
