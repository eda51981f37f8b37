import { createReadStream } from 'node:fs'
import path from 'node:path'

import type { ResolvedOptions } from '../../../types.js'

import { archivePaths } from '../../archive/paths.js'

/**
 * THE one place expedientes read an archive file's bytes (the original of an `archive-assets`
 * document, by its stored file name), streamed in 1 MiB chunks. The archive's storage is moving
 * behind a storage interface (branch storage/s3): at merge this function is routed through it,
 * and nothing else in expedientes touches the disk. A missing file rejects (ENOENT) on first read.
 */
export const readArchiveFile = (options: ResolvedOptions, filename: string): AsyncIterable<Uint8Array> => {
  // A stored name is a bare file name; anything with a path separator is refused, never resolved.
  if (!filename || filename !== path.basename(filename)) throw new Error(`archive file name refused: ${filename}`)
  return createReadStream(path.join(archivePaths(options).archive, filename), { highWaterMark: 1024 * 1024 })
}
