import { RateLimiterRes } from 'rate-limiter-flexible'
// The library's store base class (CommonJS, not in its index; typed in ./rateLimiterFlexibleLib.d.ts).
import RateLimiterStoreAbstract from 'rate-limiter-flexible/lib/RateLimiterStoreAbstract.js'

/** The libsql client of `@payloadcms/db-sqlite` (payload.db.client). */
export type LibsqlLike = { execute: (stmt: { sql: string; args: unknown[] }) => Promise<{ rows: Array<Record<string, unknown>> }> }

/** The table, the same shape as rate-limiter-flexible's PostgreSQL store: key, points, expire (epoch ms). */
export const sqliteRateLimitTable = (table: string) =>
  `CREATE TABLE IF NOT EXISTS "${table}" (key TEXT PRIMARY KEY NOT NULL, points INTEGER NOT NULL DEFAULT 0, expire INTEGER)`

type Row = { points: number; expire: null | number }

/**
 * rate-limiter-flexible's store on the SQLite file of `@payloadcms/db-sqlite` (its libsql client;
 * the library's own SQLite store speaks only sqlite3/better-sqlite3). Every hit is ONE statement —
 * an upsert that restarts an expired window or adds to the current one and returns the row — so
 * processes sharing the file (several instances on one machine) count together, atomically under
 * SQLite's write lock. Through the adapter's client: the platform's SQLite tuning orders it with
 * this process's transactions instead of blocking on them.
 */
export class SqliteRateLimiter extends (RateLimiterStoreAbstract as unknown as new (opts: object) => {
  points: number
  consume: (key: string, points?: number) => Promise<RateLimiterRes>
}) {
  private readonly client: LibsqlLike
  private readonly table: string

  constructor(opts: { storeClient: LibsqlLike; tableName: string; points: number; duration: number; keyPrefix?: string; insuranceLimiter?: unknown }) {
    super(opts)
    this.client = opts.storeClient
    this.table = opts.tableName
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: Row): RateLimiterRes {
    const points = Number(row.points)
    const msBeforeNext = row.expire === null ? -1 : Math.max(Number(row.expire) - Date.now(), 0)
    return new RateLimiterRes(Math.max(this.points - points, 0), msBeforeNext, points, changedPoints === points)
  }

  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<Row> {
    const now = Date.now()
    const expire = msDuration > 0 ? now + msDuration : null
    const t = `"${this.table}"`
    const sql = forceExpire
      ? `INSERT INTO ${t} (key, points, expire) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET points = excluded.points, expire = excluded.expire RETURNING points, expire`
      : `INSERT INTO ${t} (key, points, expire) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET
           points = CASE WHEN ${t}.expire <= ? THEN excluded.points ELSE ${t}.points + excluded.points END,
           expire = CASE WHEN ${t}.expire <= ? THEN excluded.expire ELSE ${t}.expire END
         RETURNING points, expire`
    const args = forceExpire ? [key, points, expire] : [key, points, expire, now, now]
    const { rows } = await this.client.execute({ sql, args })
    return rows[0] as unknown as Row
  }

  async _get(key: string): Promise<null | Row> {
    const { rows } = await this.client.execute({
      sql: `SELECT points, expire FROM "${this.table}" WHERE key = ? AND (expire > ? OR expire IS NULL)`,
      args: [key, Date.now()],
    })
    return (rows[0] as unknown as Row) ?? null
  }

  async _delete(key: string): Promise<boolean> {
    const { rows } = await this.client.execute({ sql: `DELETE FROM "${this.table}" WHERE key = ? RETURNING key`, args: [key] })
    return rows.length > 0
  }
}
