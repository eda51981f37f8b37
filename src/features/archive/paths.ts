import path from 'node:path'

import type { ResolvedOptions } from '../../types.js'

/** Where the archive keeps its files, all under `options.archive.mediaDir`. */
export const archivePaths = (options: ResolvedOptions) => ({
  /** Originals and renditions of `archive-assets` (served through `/api/archive-assets/file/...`). */
  archive: path.join(options.archive.mediaDir, 'archive'),
  /** Originals replaced by a newer file: kept, never served by URL (outside the static dir). */
  originals: path.join(options.archive.mediaDir, 'archive-originals'),
  /** Files of `brand-assets`. */
  brand: path.join(options.archive.mediaDir, 'brand'),
})
