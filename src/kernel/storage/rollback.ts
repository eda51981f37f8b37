import type { PayloadRequest } from 'payload'

import type { FileStorage } from './types.js'

type Entry = { written: Array<{ storage: FileStorage; key: string }>; removeOnCommit: Array<{ storage: FileStorage; key: string }> }

/**
 * Objects a write put into storage, per database transaction: removed if the transaction rolls back
 * (no object without its row), kept if it commits. And objects the write made obsolete (a replaced
 * file's renditions): removed only once it commits (no row pointing at a removed object). The
 * adapter's commit and rollback are hooked by `installUploadRollback` (src/platform/uploadRollback.ts).
 */
const pending = new Map<number | string, Entry>()

const entryOf = async (req: PayloadRequest): Promise<Entry | undefined> => {
  const id = req.transactionID ? await req.transactionID : undefined
  if (id === undefined || id === null || !hooked.installed) return undefined
  let entry = pending.get(id)
  if (!entry) pending.set(id, (entry = { written: [], removeOnCommit: [] }))
  return entry
}

/** Set by the platform's upload rollback once it hooks the adapter's commit and rollback. */
export const hooked = { installed: false }

/** Records objects this request wrote (removed if its transaction rolls back). */
export const trackStoredObjects = async (req: PayloadRequest, storage: FileStorage, keys: string[]): Promise<void> => {
  const entry = await entryOf(req)
  entry?.written.push(...keys.map((key) => ({ storage, key })))
}

/** Forgets objects recorded by `trackStoredObjects` (they were removed already). */
export const untrackStoredObjects = async (req: PayloadRequest, keys: string[]): Promise<void> => {
  const entry = await entryOf(req)
  if (entry) entry.written = entry.written.filter((item) => !keys.includes(item.key))
}

/** Removes objects once this request's transaction commits (at once when there is none). */
export const removeStoredObjectsOnCommit = async (req: PayloadRequest, storage: FileStorage, keys: string[]): Promise<void> => {
  const entry = await entryOf(req)
  if (entry) entry.removeOnCommit.push(...keys.map((key) => ({ storage, key })))
  else await Promise.all(keys.map((key) => storage.delete(key)))
}

const removeAll = async (items: Array<{ storage: FileStorage; key: string }>, log: (error: unknown, key: string) => void) => {
  for (const { storage, key } of items) await storage.delete(key).catch((error: unknown) => log(error, key))
}

/** Called by the platform after the adapter committed (`true`) or rolled back (`false`) transaction `id`. */
export const settleStoredObjects = async (id: number | string, committed: boolean, log: (error: unknown, key: string) => void): Promise<void> => {
  const entry = pending.get(id)
  pending.delete(id)
  if (!entry) return
  await removeAll(committed ? entry.removeOnCommit : entry.written, log)
}
