import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook, Payload, PayloadRequest } from 'payload'

import type { PublicCache } from './publicCache.js'

import { docTag, globalTag, listTag } from './tags.js'

/** What a committed write hands to the CDN purge: the addresses of the answers it dropped and the documents it changed. */
export type WriteEffect = { dropped: Set<string>; changes: Array<{ collection: string; doc: Record<string, unknown>; previousDoc?: Record<string, unknown> }> }
export type AfterCommit = (payload: Payload, effect: WriteEffect) => void

type Pending = { tags: Set<string> } & WriteEffect

/** Per database transaction: what its writes invalidated, to invalidate again once it commits. */
const pendingByTransaction = new Map<number | string, Pending>()

const transactionOf = async (req: PayloadRequest): Promise<null | number | string> => {
  const id = req.transactionID ? await req.transactionID : null
  return id === undefined ? null : (id as null | number | string)
}

/**
 * Tells the other instances (shared mode) before the write's response. The write has committed:
 * a failure here cannot undo it, so it is logged loudly (the others still poll, and an instance
 * that cannot read the log drops everything it holds).
 */
const publishWrite = async (payload: Payload, cache: PublicCache, tags: readonly string[]) => {
  try {
    await cache.publish(tags)
  } catch (error) {
    payload.logger.error({ err: error, msg: '[pregonero] answer cache: could not tell the other instances about a write' })
  }
}

/**
 * Drops the answers a write affects, before its response: in the hook (the transaction has not
 * committed yet), and again when its transaction commits (`installCommitInvalidation`), so no
 * answer read from the state before the commit survives it. Without a transaction the write is
 * already in the database: the second round runs at once.
 */
const invalidateWrite = async (cache: PublicCache, afterCommit: AfterCommit, req: PayloadRequest, tags: string[], change: WriteEffect['changes'][number] | null) => {
  const dropped = await cache.invalidate(tags)
  const transaction = await transactionOf(req)
  if (transaction === null) {
    await publishWrite(req.payload, cache, tags)
    afterCommit(req.payload, { dropped: new Set(dropped), changes: change ? [change] : [] })
    return
  }
  let pending = pendingByTransaction.get(transaction)
  if (!pending) pendingByTransaction.set(transaction, (pending = { tags: new Set(), dropped: new Set(), changes: [] }))
  for (const tag of tags) pending.tags.add(tag)
  for (const key of dropped) pending.dropped.add(key)
  if (change) pending.changes.push(change)
}

export const invalidateAfterChange =
  (cache: PublicCache, afterCommit: AfterCommit): CollectionAfterChangeHook =>
  async ({ collection, doc, previousDoc, req }) => {
    const id = (doc as { id?: number | string }).id
    const tags = [listTag(collection.slug), ...(id !== undefined ? [docTag(collection.slug, id)] : [])]
    await invalidateWrite(cache, afterCommit, req, tags, { collection: collection.slug, doc, previousDoc })
    return doc
  }

export const invalidateAfterDelete =
  (cache: PublicCache, afterCommit: AfterCommit): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    await invalidateWrite(cache, afterCommit, req, [listTag(collection.slug), docTag(collection.slug, id)], { collection: collection.slug, doc: doc ?? { id } })
    return doc
  }

export const invalidateGlobalAfterChange =
  (cache: PublicCache, afterCommit: AfterCommit): GlobalAfterChangeHook =>
  async ({ doc, global, req }) => {
    await invalidateWrite(cache, afterCommit, req, [globalTag(global.slug)], null)
    return doc
  }

type Adapter = {
  __pregoneroAnswerCache?: boolean
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
}

/**
 * onInit: the second round of invalidation when a transaction ends (adapter-neutral: any
 * adapter's commit/rollbackTransaction; the upload rollback wraps them the same way). After a
 * commit the CDN purge is handed the write's effect; after a rollback nothing changed, but the
 * answers dropped stay dropped (they refill).
 */
export const installCommitInvalidation = (payload: Payload, cache: PublicCache, afterCommit: AfterCommit): void => {
  const db = payload.db as unknown as Adapter
  if (db.__pregoneroAnswerCache || typeof db.commitTransaction !== 'function') return
  db.__pregoneroAnswerCache = true
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const settle = async (id: number | Promise<number | string> | string, committed: boolean) => {
    const key = await id
    const pending = pendingByTransaction.get(key)
    if (!pending) return
    pendingByTransaction.delete(key)
    const dropped = await cache.invalidate([...pending.tags])
    for (const address of dropped) pending.dropped.add(address)
    if (!committed) return
    await publishWrite(payload, cache, [...pending.tags])
    afterCommit(payload, pending)
  }
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      await settle(id, true)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      await settle(id, false)
    }
  }
}
