import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import fs from 'node:fs/promises'

import type { ResolvedOptions } from '../../types.js'

import { fileStorage } from './index.js'
import { type StoragePrefix, storageKey } from './keys.js'
import { removeStoredObjectsOnCommit, trackStoredObjects } from './rollback.js'

type Sized = { filename?: null | string; sizes?: Record<string, { filename?: null | string; mimeType?: null | string } | null> | null }

/** The file names of a row: its original and every rendition. */
export const filesOf = (doc: Sized | null | undefined): string[] =>
  [doc?.filename, ...Object.values(doc?.sizes ?? {}).map((size) => size?.filename)].filter((name): name is string => typeof name === 'string' && name.length > 0)

/**
 * afterChange of a Payload-managed upload collection whose files live in storage (`upload.disableLocalStorage`,
 * Payload's storage-adapter convention): the upload Payload processed (`req.file`: its spooled temp
 * file, already resized/cropped, or its bytes) and its image sizes (`req.payloadUploadSizes`) are put
 * under `<prefix>/<filename>`, recorded for the upload rollback (removed if the transaction rolls
 * back); a replaced file's objects are removed once it commits.
 */
export const storeUploadedFiles =
  (options: ResolvedOptions, prefix: StoragePrefix): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const file = req.file as undefined | { data?: Buffer; mimetype?: string; tempFilePath?: string }
    if (!file || !doc.filename) return doc
    const storage = fileStorage(options)
    const written: string[] = []
    try {
      const spooled = file.tempFilePath ? await fs.stat(file.tempFilePath).catch(() => null) : null
      const original = storageKey(prefix, doc.filename)
      await storage.put(original, spooled && spooled.size > 0 ? { file: file.tempFilePath! } : file.data ?? Buffer.alloc(0), { contentType: doc.mimeType ?? file.mimetype })
      written.push(original)
      const buffers = (req.payloadUploadSizes ?? {}) as Record<string, Buffer>
      for (const [name, size] of Object.entries((doc as Sized).sizes ?? {})) {
        const buffer = buffers[name]
        if (!size?.filename || !buffer) continue
        const key = storageKey(prefix, size.filename)
        await storage.put(key, buffer, { contentType: size.mimeType ?? undefined })
        written.push(key)
      }
    } catch (error) {
      await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)))
      throw error
    }
    await trackStoredObjects(req, storage, written)
    const kept = new Set(filesOf(doc as Sized))
    const obsolete = filesOf(previousDoc as Sized).filter((name) => !kept.has(name))
    await removeStoredObjectsOnCommit(req, storage, obsolete.map((name) => storageKey(prefix, name)))
    return doc
  }

/**
 * afterDelete of an upload collection whose files live in storage: the row's objects (and `extra`
 * ones, e.g. the archive's kept originals) are removed once the deletion commits.
 */
export const removeStoredFiles =
  (options: ResolvedOptions, prefix: StoragePrefix, extra: (doc: Record<string, any>) => string[] = () => []): CollectionAfterDeleteHook =>
  async ({ doc, req }) => {
    const storage = fileStorage(options)
    await removeStoredObjectsOnCommit(req, storage, [...filesOf(doc as Sized).map((name) => storageKey(prefix, name)), ...extra(doc)])
    return doc
  }
