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
