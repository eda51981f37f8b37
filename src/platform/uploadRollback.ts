import type { AfterErrorHook, CollectionBeforeChangeHook, CollectionConfig, Payload } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import { FileUploadError } from 'payload'

import { settleStoredObjects, storageRollbackHooked } from '../kernel/storage/index.js'
import { tr } from '../kernel/i18n/index.js'

/**
 * Upload writes and the database row commit together, or neither stays.
 *
 * Payload writes an upload's original and every image size to disk (all at once) BEFORE it inserts
 * the row, and when something fails afterwards — one rendition's write (disk full, I/O error), a
 * hook, the insert itself (database locked) — it rolls the transaction back but leaves the files
 * that were written: orphans in the archive folder. Here, a last `beforeChange` hook of every upload
 * collection records the files the operation is about to write, under its transaction; when that
 * transaction is rolled back, they are deleted; when it commits, they are kept. Adapter-neutral
 * (any adapter's commit/rollbackTransaction). Without a transaction (an adapter or configuration
 * without transactions) nothing is recorded and Payload's behaviour is unchanged.
 *
 * The same hook settles the objects the plugin's storage (src/kernel/storage/: local folder or S3
 * bucket) recorded for the transaction: objects written are removed on rollback; objects a write
 * made obsolete (a replaced file, a disposed asset's files) are removed only on commit.
 */
const pending = new Map<number | string, string[]>()

type UploadData = { filename?: unknown; sizes?: Record<string, { filename?: unknown } | null> }

const plannedFiles = (staticDir: string, data: UploadData): string[] => {
  const names = [data.filename, ...Object.values(data.sizes ?? {}).map((size) => size?.filename)]
  return names.filter((name): name is string => typeof name === 'string' && name.length > 0).map((name) => path.join(staticDir, path.basename(name)))
}

/** The last `beforeChange` hook of an upload collection: remember the files this operation writes. */
export const recordUploadedFiles =
  (staticDir: string): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    // Only when this operation brings a file (req.file); an update without one writes nothing.
    if (!req.file || !req.transactionID) return data
    const id = await req.transactionID
    if (id === undefined || id === null) return data
    pending.set(id, [...(pending.get(id) ?? []), ...plannedFiles(staticDir, data as UploadData)])
    return data
  }

const removeFiles = async (payload: Payload, files: string[]) => {
  for (const file of files) {
    // unlink never removes a directory: a pre-existing folder in the way stays untouched
    await fs.unlink(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT' && error.code !== 'EISDIR' && error.code !== 'EPERM') {
        payload.logger.error({ err: error, msg: `upload rollback: could not remove ${file}` })
      }
    })
  }
}

/** onInit: hook the adapter's commit and rollback (once). */
export const installUploadRollback = (payload: Payload): void => {
  const db = payload.db as unknown as {
    __pregoneroUploadRollback?: boolean
    commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
    rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  }
  if (db.__pregoneroUploadRollback || typeof db.rollbackTransaction !== 'function') return
  db.__pregoneroUploadRollback = true
  storageRollbackHooked.installed = true
  const logStorage = (error: unknown, key: string) => payload.logger.error({ err: error, msg: `storage: could not remove ${key}` })
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (id) => {
    const key = await id
    try {
      await commit(key)
    } catch (error) {
      // Not committed: what the write stored goes.
      pending.delete(key)
      await settleStoredObjects(key, false, logStorage)
      throw error
    }
    pending.delete(key)
    await settleStoredObjects(key, true, logStorage)
  }
  db.rollbackTransaction = async (id) => {
    const key = await id
    try {
      await rollback(key)
    } finally {
      const files = pending.get(key)
      pending.delete(key)
      if (files?.length) await removeFiles(payload, files)
      await settleStoredObjects(key, false, logStorage)
    }
  }
}

/** Adds `recordUploadedFiles` as the last `beforeChange` hook of every local-storage upload collection. */
export const withUploadRollback = (collections: CollectionConfig[] | undefined): CollectionConfig[] =>
  (collections ?? []).map((collection) => {
    const upload = collection.upload
    if (!upload || typeof upload !== 'object' || upload.disableLocalStorage || !upload.staticDir) return collection
    return {
      ...collection,
      hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), recordUploadedFiles(upload.staticDir)] },
    }
  })

const STORAGE_CODES = new Set(['EACCES', 'EDQUOT', 'EEXIST', 'EIO', 'EISDIR', 'ENOENT', 'ENOSPC', 'ENOTDIR', 'EPERM', 'EROFS'])

/**
 * Root `afterError` hook: an upload whose file could not be written (Payload's generic
 * FileUploadError, a 400, or a raw filesystem error, a 500 "Something went wrong") answers 503
 * naming the storage, retryable; nothing was saved (see above).
 */
export const storageErrorAfterError: AfterErrorHook = ({ collection, error, req }) => {
  if (!collection?.upload) return
  const code = (error as NodeJS.ErrnoException)?.code
  const isFsError = typeof code === 'string' && STORAGE_CODES.has(code) && typeof (error as NodeJS.ErrnoException).syscall === 'string'
  if (!(error instanceof FileUploadError) && !isFsError) return
  const detail = isFsError ? ` (${code})` : ''
  const message = tr(req, 'storageWriteFailed', { detail })
  return {
    status: 503,
    response: { errors: [{ name: 'StorageError', message, data: { errors: [{ path: 'file', message }], retryable: true } }] },
  }
}
