import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { sqlAll, sqlDialect } from './fastPath.js'

/**
 * Read-modify-write under concurrency on PostgreSQL. On SQLite a process's write transactions run
 * one at a time (src/platform/database/tuneSqliteTransactions.ts), so a save that reads the document
 * (a state machine's current state, a counter's value) and then writes it cannot interleave with
 * another. PostgreSQL's default READ COMMITTED lets two transactions read the same state and both
 * write: two "legal" transitions from one state, two requests with the same code (measured:
 * tests/int/workflow/concurrency.int.spec.ts on the int-pg lane). Locking the row first
 * (`SELECT … FOR UPDATE` in the operation's transaction) makes the second wait for the first to
 * commit; its next statement then reads the committed state. No-op on any other adapter and
 * outside a transaction (nothing to hold the lock).
 */
export const lockRowForUpdate = async (req: PayloadRequest, collection: string, id: number | string): Promise<void> => {
  const { payload } = req
  if (sqlDialect(payload) !== 'postgres' || !req.transactionID) return
  const config = (payload.collections as Record<string, undefined | { config: { dbName?: string; slug: string } }>)[collection]?.config
  if (!config) return
  // A malformed id is refused later by Payload with its own answer; PostgreSQL must not see it first.
  if (payload.db.defaultIDType === 'number' && !/^\d+$/.test(String(id))) return
  const db = payload.db as unknown as { tableNameMap?: Map<string, string> }
  const key = (config.dbName ?? config.slug).replace(/[^a-zA-Z0-9]+/g, '_').replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()
  const table = db.tableNameMap?.get(key) ?? key
  await sqlAll(payload, req, (sql) => {
    const tag = sql as typeof sql & { identifier: (name: string) => unknown }
    return sql`SELECT 1 FROM ${tag.identifier(table)} WHERE id = ${id} FOR UPDATE`
  })
}

/**
 * `beforeOperation` of an update by id: Payload has opened the operation's transaction and has not
 * read the original document yet, so the row is locked before every read the save's hooks make.
 */
export const lockBeforeUpdate: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && (typeof id === 'number' || typeof id === 'string') && id !== '') await lockRowForUpdate(req, collection.slug, id)
  return args
}

/** The plugin's collections with the row lock before every update by id (PostgreSQL only; no-op elsewhere). */
export const withRowLocks = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), lockBeforeUpdate] },
  }))
