import type { Payload, PayloadRequest } from 'payload'

import { adapterSql } from './adapterSql.js'

/** Drizzle's `sql` template tag, as the SQL adapters re-export it. */
export type SqlTag = ((strings: TemplateStringsArray, ...values: unknown[]) => unknown) & { raw: (text: string) => unknown }
export type SqlRows = Array<Record<string, unknown>>

type SqliteDb = {
  name: string
  drizzle?: { all: (query: unknown) => Promise<SqlRows> }
  sessions?: Record<string, { db: { all: (query: unknown) => Promise<SqlRows> } }>
}

/**
 * True when the app runs on SQLite through Payload's drizzle adapter. The plugin's fast paths use
 * `fastPath.ts` (SQLite and PostgreSQL); this SQLite-only pair stays for code that is SQLite's alone.
 */
export const onSqlite = (payload: Payload): boolean => {
  const db = payload.db as unknown as SqliteDb
  return db.name === 'sqlite' && Boolean(db.drizzle)
}

/**
 * Runs a read-only query on SQLite, inside the request's transaction when it has one. The adapter
 * module is imported here, on first use, and only on SQLite: a host on MongoDB or PostgreSQL never
 * loads libsql. Callers check `onSqlite` first and keep an adapter-neutral path beside.
 */
export const sqliteAll = async <T extends Record<string, unknown>>(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  build: (sql: SqlTag) => unknown,
): Promise<T[]> => {
  const db = payload.db as unknown as SqliteDb
  const sql = await adapterSql('sqlite')
  const id = req?.transactionID ? await req.transactionID : undefined
  const runner = (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle!
  return (await runner.all(build(sql))) as T[]
}
