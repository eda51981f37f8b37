import type { Payload } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { FileStorage } from './types.js'

import { localStorage } from './local.js'
import { s3Storage } from './s3.js'

export type { ByteRange, FileStorage, PutBody, StoredObject } from './types.js'
export { storageError } from './types.js'
export { STORAGE_PREFIXES, storageKey, type StoragePrefix } from './keys.js'
export { hooked as storageRollbackHooked, removeStoredObjectsOnCommit, settleStoredObjects, trackStoredObjects, untrackStoredObjects } from './rollback.js'

const made = new WeakMap<object, FileStorage>()

/**
 * The plugin's file storage (`archive.storage`): an S3-compatible bucket when `archive.storage.s3`
 * is set (or `PREGONERO_S3_BUCKET` in the environment), the `archive.mediaDir` folder otherwise.
 * One client per resolved options.
 */
export const fileStorage = (options: ResolvedOptions): FileStorage => {
  const key = options.archive.storage
  let storage = made.get(key)
  if (!storage) {
    storage = key.s3 ? s3Storage(key.s3) : localStorage(options.archive.mediaDir)
    made.set(key, storage)
  }
  return storage
}

/** The key under which the archive's collection carries the storage (`config.custom`, server-only). */
export const STORAGE_CUSTOM_KEY = 'pregoneroStorage'

/**
 * The plugin's file storage from a running Payload, for code that has no options at hand (the
 * checks read an archive piece's pixels): the one `archive-assets` carries. Null without the archive.
 */
export const storageOf = (payload: Payload): FileStorage | null =>
  ((payload.collections as Record<string, { config: { custom?: Record<string, unknown> } } | undefined>)['archive-assets']?.config.custom?.[STORAGE_CUSTOM_KEY] as
    | FileStorage
    | undefined) ?? null
