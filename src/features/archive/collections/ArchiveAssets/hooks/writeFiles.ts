import type { CollectionAfterChangeHook } from 'payload'

import fs from 'node:fs/promises'

import type { ResolvedOptions } from '../../../../../types.js'

import { fileStorage, removeStoredObjectsOnCommit, storageKey, trackStoredObjects } from '../../../../../kernel/storage/index.js'
import { PENDING_FILES_KEY } from './ingestFile.js'

/**
 * afterChange of `archive-assets` (first): puts the files of an ingest into storage
 * (src/kernel/storage/) once the row is saved, in the same transaction: the original (streamed from
 * Payload's temp file, or the bytes in memory) and the renditions made by `ingestFile`. If a put
 * fails, what was put is removed and the error rolls the row back; if the transaction rolls back
 * later, the upload rollback removes them: never a row without its files, nor files without their
 * row. The files of a replaced version leave the served prefix once the transaction commits (its
 * original was kept under `archive-originals/`), and the temp file is removed.
 */
export const writeFiles =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const pending = req.context[PENDING_FILES_KEY]
    if (!pending || doc.filename !== pending.filename) return doc
    delete req.context[PENDING_FILES_KEY]
    const storage = fileStorage(options)
    const written: string[] = []
    try {
      const original = storageKey('archive', pending.filename)
      // exclusive: never overwrite another asset's file.
      await storage.put(original, pending.source.tempFilePath ? { file: pending.source.tempFilePath } : pending.source.data!, {
        contentType: String(doc.mimeType ?? '') || undefined,
        exclusive: true,
      })
      written.push(original)
      const results = await Promise.allSettled(
        pending.sizes.map(async (size) => {
          const key = storageKey('archive', size.filename)
          await storage.put(key, size.buffer, { contentType: size.mimeType, exclusive: true })
          written.push(key)
        }),
      )
      const failed = results.find((result) => result.status === 'rejected')
      if (failed) throw failed.reason
    } catch (error) {
      await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)))
      throw error
    }
    await trackStoredObjects(req, storage, written)
    const keep = new Set([pending.filename, ...pending.sizes.map((size) => size.filename)])
    await removeStoredObjectsOnCommit(req, storage, pending.replaced.filter((file) => !keep.has(file)).map((file) => storageKey('archive', file)))
    if (pending.source.tempFilePath) await fs.rm(pending.source.tempFilePath, { force: true })
    return doc
  }
