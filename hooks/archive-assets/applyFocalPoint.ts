import type { CollectionAfterChangeHook } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import type { ResolvedOptions } from '../../src/types.js'

import { archivePaths } from '../../src/archive/paths.js'

/** Set by stampIngest when the request stored a new file (its renditions were just made centred). */
export const NEW_FILE_FLAG = 'pregoneroArchiveNewFile'
const RECROPPING = 'pregoneroArchiveRecropping'

/**
 * The crop box of a cover rendition around a focal point (percentages of the original):
 * scale the original to cover W×H, then centre the box on the focal point, kept inside the image.
 */
export const focalCrop = (width: number, height: number, W: number, H: number, fx: number, fy: number) => {
  const scale = Math.max(W / width, H / height)
  const rw = Math.max(W, Math.round(width * scale))
  const rh = Math.max(H, Math.round(height * scale))
  const left = Math.min(Math.max(0, Math.round((fx / 100) * rw - W / 2)), rw - W)
  const top = Math.min(Math.max(0, Math.round((fy / 100) * rh - H / 2)), rh - H)
  return { rw, rh, left, top }
}

/**
 * afterChange of `archive-assets`: focal point. Payload makes the renditions at ingest with a
 * centred crop (its fast path: one shrink-on-load pass per size; `upload.focalPoint` is off because
 * Payload's focal-point path renders every size twice at full resolution, see the benchmark). When
 * the focal point is not the centre — given at upload, or moved later — the cropped renditions are
 * made again here around it, in one pass each, over the same file names, and their sizes recorded.
 */
export const applyFocalPoint =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (req.context[RECROPPING]) return doc
    const newFile = req.context[NEW_FILE_FLAG] === true
    delete req.context[NEW_FILE_FLAG]
    const fx = typeof doc.focalX === 'number' ? doc.focalX : 50
    const fy = typeof doc.focalY === 'number' ? doc.focalY : 50
    const before = { x: previousDoc?.focalX ?? 50, y: previousDoc?.focalY ?? 50 }
    const moved = operation === 'update' && !newFile && (before.x !== fx || before.y !== fy)
    const offCentre = newFile && (fx !== 50 || fy !== 50)
    if (!(moved || offCentre) || !doc.filename || !doc.sizes || !doc.width || !doc.height) return doc

    const dir = archivePaths(options).archive
    const original = path.join(dir, doc.filename)
    const meta = await sharp(original).metadata()
    const rotated = [5, 6, 7, 8].includes(meta.orientation ?? 1)
    const width = rotated ? meta.height! : meta.width!
    const height = rotated ? meta.width! : meta.height!
    const sizes = { ...doc.sizes } as Record<string, Record<string, unknown>>
    for (const { name, width: W, height: H } of options.archive.renditions) {
      const size = sizes[name]
      if (!H || !size?.filename) continue
      const { rw, rh, left, top } = focalCrop(width, height, W, H, fx, fy)
      const buffer = await sharp(original).rotate().resize(rw, rh, { fit: 'fill' }).extract({ left, top, width: W, height: H }).toBuffer()
      await fs.writeFile(path.join(dir, size.filename as string), buffer)
      sizes[name] = { ...size, width: W, height: H, filesize: buffer.length }
    }
    req.context[RECROPPING] = true
    try {
      return await req.payload.update({
        collection: 'archive-assets' as never,
        id: doc.id,
        data: { sizes } as never,
        req,
        overrideAccess: true,
        context: req.context,
      })
    } finally {
      delete req.context[RECROPPING]
    }
  }
