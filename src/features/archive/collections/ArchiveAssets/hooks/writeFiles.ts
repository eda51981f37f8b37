import type { CollectionAfterChangeHook } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import type { ResolvedOptions } from '../../../../../types.js'

import { archivePaths } from '../../../paths.js'
import { PENDING_FILES_KEY } from './ingestFile.js'

/**
 * afterChange of `archive-assets` (first): writes the files of an ingest once the row is saved, in
 * the same transaction: the original (copied from Payload's temp file, or the bytes in memory) and
 * the renditions made by `ingestFile`. If a write fails, what was written is removed and the error
 * rolls the row back: never a row without its files, nor files without their row. Then the files
 * of a replaced version leave the served folder (its original was kept in `archive-originals/`)
 * and the temp file is removed.
 */
export const writeFiles =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const pending = req.context[PENDING_FILES_KEY]
    if (!pending || doc.filename !== pending.filename) return doc
    delete req.context[PENDING_FILES_KEY]
    const dir = archivePaths(options).archive
    await fs.mkdir(dir, { recursive: true })
    const written: string[] = []
    try {
      const original = path.join(dir, pending.filename)
      // 'wx': never overwrite another asset's file.
      if (pending.source.tempFilePath) await fs.copyFile(pending.source.tempFilePath, original, fs.constants.COPYFILE_EXCL)
      else await fs.writeFile(original, pending.source.data!, { flag: 'wx' })
      written.push(original)
      const results = await Promise.allSettled(
        pending.sizes.map(async (size) => {
          const target = path.join(dir, size.filename)
          await fs.writeFile(target, size.buffer, { flag: 'wx' })
          written.push(target)
        }),
      )
      const failed = results.find((result) => result.status === 'rejected')
      if (failed) throw failed.reason
    } catch (error) {
      await Promise.all(written.map((file) => fs.rm(file, { force: true })))
      throw error
    }
    const keep = new Set([pending.filename, ...pending.sizes.map((size) => size.filename)])
    await Promise.all(pending.replaced.filter((file) => !keep.has(file)).map((file) => fs.rm(path.join(dir, path.basename(file)), { force: true })))
    if (pending.source.tempFilePath) await fs.rm(pending.source.tempFilePath, { force: true })
    return doc
  }
