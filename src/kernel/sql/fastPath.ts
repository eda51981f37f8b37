import type { Payload, PayloadRequest } from 'payload'

import type { SqlRows, SqlTag } from './sqliteFastPath.js'

import { adapterSql } from './adapterSql.js'

export type { SqlRows, SqlTag }

/** The SQL dialects that have fast paths: Payload's drizzle adapters for SQLite and PostgreSQL. */
export type SqlDialect = 'postgres' | 'sqlite'

type Runner = { all?: (query: unknown) => Promise<SqlRows>; execute?: (query: unknown) => Promise<{ rows: SqlRows } | SqlRows> }
type DrizzleDb = { name: string; drizzle?: Runner; sessions?: Record<string, { db: Runner }> }

/**
 * The dialect of the adapter in use when it is one of Payload's drizzle adapters (SQLite or
 * PostgreSQL), else null (MongoDB, or any other adapter): the fast paths' one condition.
 */
export const sqlDialect = (payload: Payload): null | SqlDialect => {
  const db = payload.db as unknown as DrizzleDb
  if (!db.drizzle) return null
  return db.name === 'sqlite' ? 'sqlite' : db.name === 'postgres' ? 'postgres' : null
}

/**
 * Runs a read-only query on the SQL adapter in use, inside the request's transaction when it has
 * one. The adapter's module (for its `sql` tag) is imported on first use, and only the one in use
 * (adapterSql.ts): a host on MongoDB never loads libsql or pg, one on PostgreSQL never loads libsql.
 * `build` receives the tag and the dialect (for the few spellings that differ). Callers check
 * `sqlDialect` first and keep an adapter-neutral path beside, tested against it on both.
 */
export const sqlAll = async <T extends Record<string, unknown>>(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  build: (sql: SqlTag, dialect: SqlDialect) => unknown,
): Promise<T[]> => {
  const dialect = sqlDialect(payload)
  if (!dialect) throw new Error('sqlAll: the database adapter in use has no SQL fast path (check sqlDialect first)')
  const db = payload.db as unknown as DrizzleDb
  const sql = await adapterSql(dialect)
  const id = req?.transactionID ? await req.transactionID : undefined
  const runner = (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle!
  const query = build(sql, dialect)
  if (dialect === 'sqlite') return (await runner.all!(query)) as T[]
  // node-postgres answers a QueryResult; its rows are the records.
  const result = await runner.execute!(query)
  return (Array.isArray(result) ? result : result.rows) as T[]
}

/**
 * A column compared without letting SQLite use its index (`+column`): on SQLite this keeps the
 * planner on the range index of the date (no reliance on ANALYZE statistics). PostgreSQL's planner
 * chooses with its statistics, and `+text` is no operator there: the bare column.
 */
export const unindexed = (sql: SqlTag, dialect: SqlDialect, column: string): unknown =>
  sql.raw(dialect === 'sqlite' ? `+${column}` : column)
