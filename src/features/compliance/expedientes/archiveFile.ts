import path from 'node:path'

import type { ResolvedOptions } from '../../../types.js'

import { fileStorage, storageError, storageKey } from '../../../kernel/storage/index.js'

/**
 * THE one place expedientes read an archive file's bytes (the original of an `archive-assets`
 * document, by its stored file name), streamed from the archive's storage (a local folder or an
 * S3-compatible bucket, src/kernel/storage). A missing object rejects (ENOENT) on first read.
 */
export const readArchiveFile = (options: ResolvedOptions, filename: string): AsyncIterable<Uint8Array> => {
  // A stored name is a bare file name; anything with a path separator is refused, never resolved.
  if (!filename || filename !== path.basename(filename)) throw new Error(`archive file name refused: ${filename}`)
  const key = storageKey('archive', filename)
  return {
    async *[Symbol.asyncIterator]() {
      const object = await fileStorage(options).get(key)
      if (!object) throw storageError('ENOENT', key)
      for await (const chunk of object.body) yield chunk as Uint8Array
    },
  }
}
