import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { fileStorage, storageKey } from '../../../../../kernel/storage/index.js'
import { renderRenditions } from '../../../renditions.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

export { focalCrop } from '../../../renditions.js'

/** Set by stampIngest when the request stored a new file (its renditions already follow the focal point). */
export const NEW_FILE_FLAG = 'pregoneroArchiveNewFile'
const RECROPPING = 'pregoneroArchiveRecropping'

/**
 * afterChange of `archive-assets`: the focal point moved (admin picker or API) without a new file.
 * The cropped renditions (those with a height) are made again around it from one decode of the
 * original, over the same file names, and their sizes recorded. A new file needs nothing here:
 * `ingestFile` already cropped its renditions around the focal point sent with it.
 */
export const applyFocalPoint =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (req.context[RECROPPING]) return doc
    const newFile = req.context[NEW_FILE_FLAG] === true
    delete req.context[NEW_FILE_FLAG]
    if (operation !== 'update' || newFile) return doc
    const fx = typeof doc.focalX === 'number' ? doc.focalX : 50
    const fy = typeof doc.focalY === 'number' ? doc.focalY : 50
    const moved = (previousDoc?.focalX ?? 50) !== fx || (previousDoc?.focalY ?? 50) !== fy
    if (!moved || !doc.filename || !doc.sizes || !doc.mimeType) return doc
    const specs = options.archive.renditions.filter(({ name, height }) => height > 0 && doc.sizes[name]?.filename)
    if (specs.length === 0) return doc

    // From one decode of the original (a local copy when the storage is a bucket).
    const storage = fileStorage(options)
    const rendered = await storage.withLocalFile(storageKey('archive', doc.filename), (input) =>
      renderRenditions({ input, mimeType: doc.mimeType, specs, focal: { x: fx, y: fy }, maxPixels: options.archive.maxPixels }),
    )
    const sizes = { ...doc.sizes } as Record<string, Record<string, unknown>>
    // Put over the rendition's key: a put is whole or absent (a reader never sees half a file).
    await Promise.all(
      rendered.map(async (size) => {
        await storage.put(storageKey('archive', sizes[size.name]!.filename as string), size.buffer, { contentType: size.mimeType })
        sizes[size.name] = { ...sizes[size.name], width: size.width, height: size.height, filesize: size.filesize }
      }),
    )
    req.context[RECROPPING] = true
    try {
      return await req.payload.update({
        collection: SLUGS.archiveAssets,
        id: doc.id,
        data: { sizes },
        req,
        overrideAccess: true,
        context: req.context,
      })
    } finally {
      delete req.context[RECROPPING]
    }
  }
