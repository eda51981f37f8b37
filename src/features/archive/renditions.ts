import path from 'node:path'
import sharp from 'sharp'

import { stripAccents } from '../../kernel/accents.js'

/** One rendition of the archive's options: `height: 0` means "this width, height to scale". */
export type RenditionSpec = { name: string; width: number; height: number }

/** A rendition made in memory, written to disk later (after the row is saved). */
export type RenderedSize = {
  name: string
  buffer: Buffer
  width: number
  height: number
  filesize: number
  mimeType: string
  ext: string
}

// libvips' operation cache keeps decoded tiles of recent inputs (up to 50 MB by default) for reuse;
// the archive never decodes the same original twice in a row, so it only held memory.
sharp.cache(false)

/** The output format of renditions: the original's, except formats sharp cannot write well. */
const OUTPUT: Record<string, { format: 'avif' | 'gif' | 'jpeg' | 'png' | 'tiff' | 'webp'; mime: string; ext: string }> = {
  'image/jpeg': { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
  'image/png': { format: 'png', mime: 'image/png', ext: 'png' },
  'image/webp': { format: 'webp', mime: 'image/webp', ext: 'webp' },
  'image/gif': { format: 'gif', mime: 'image/gif', ext: 'gif' },
  'image/avif': { format: 'avif', mime: 'image/avif', ext: 'avif' },
  'image/tiff': { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' }, // a TIFF master gets web renditions
  'image/heic': { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' },
}

/**
 * The crop box of a cover rendition around a focal point (percentages of the image):
 * scale the image to cover W×H, then centre the box on the focal point, kept inside the image.
 */
export const focalCrop = (width: number, height: number, W: number, H: number, fx: number, fy: number) => {
  const scale = Math.max(W / width, H / height)
  const rw = Math.max(W, Math.round(width * scale))
  const rh = Math.max(H, Math.round(height * scale))
  const left = Math.min(Math.max(0, Math.round((fx / 100) * rw - W / 2)), rw - W)
  const top = Math.min(Math.max(0, Math.round((fy / 100) * rh - H / 2)), rh - H)
  return { rw, rh, left, top }
}

/** The scale (≤ 1) of the original that every rendition can be made from without enlarging it. */
const workingScale = (width: number, height: number, specs: RenditionSpec[]): number =>
  Math.min(
    1,
    Math.max(...specs.map(({ width: W, height: H }) => (H > 0 ? Math.max(W / width, H / height) : W / width))),
  )

/**
 * All renditions of an image from ONE decode: the original is decoded once, at the smallest size
 * every rendition can come from (JPEG and WebP shrink on load, so a 24 MP photo is never expanded
 * to its full 72 MB of pixels), auto-rotated by its EXIF orientation, kept as raw pixels, and the
 * renditions are resized (cover sizes cropped around the focal point) from those pixels in
 * parallel. Nothing of the original's metadata (EXIF, GPS) is copied. `only` limits the work to
 * some renditions (a focal-point change re-crops the cover sizes only).
 */
export const renderRenditions = async ({
  input,
  mimeType,
  specs,
  focal,
  maxPixels,
}: {
  input: Buffer | string
  mimeType: string
  specs: RenditionSpec[]
  focal: { x: number; y: number }
  maxPixels: number
}): Promise<RenderedSize[]> => {
  const output = OUTPUT[mimeType] ?? OUTPUT['image/jpeg']!
  const source = sharp(input, { limitInputPixels: maxPixels })
  const meta = await source.metadata()
  const rotated = [5, 6, 7, 8].includes(meta.orientation ?? 1)
  const width = rotated ? meta.height! : meta.width!
  const height = rotated ? meta.width! : meta.height!
  const scale = workingScale(width, height, specs)
  const workWidth = Math.max(1, Math.round(width * scale))
  const workHeight = Math.max(1, Math.round(height * scale))
  let working = source.rotate()
  if (workWidth !== width || workHeight !== height) working = working.resize(workWidth, workHeight, { fit: 'fill' })
  const { data, info } = await working.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true })
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } }

  return Promise.all(
    specs.map(async ({ name, width: W, height: H }) => {
      let image = sharp(data, raw)
      if (H > 0) {
        const { rw, rh, left, top } = focalCrop(info.width, info.height, W, H, focal.x, focal.y)
        image = image.resize(rw, rh, { fit: 'fill' }).extract({ left, top, width: W, height: H })
      } else {
        image = image.resize({ width: W })
      }
      const { data: buffer, info: out } = await image.toFormat(output.format).toBuffer({ resolveWithObject: true })
      return { name, buffer, width: out.width, height: out.height, filesize: buffer.length, mimeType: output.mime, ext: output.ext }
    }),
  )
}

/** Canonical extension of a MIME type (the name of a stored file ends with what it really is). */
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/tiff': 'tif', 'image/gif': 'gif', 'image/avif': 'avif',
  'image/heic': 'heic', 'image/svg+xml': 'svg', 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm',
  'video/x-matroska': 'mkv', 'audio/mpeg': 'mp3', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a',
  'audio/flac': 'flac', 'audio/x-flac': 'flac', 'application/pdf': 'pdf', 'text/vtt': 'vtt', 'application/x-subrip': 'srt', 'text/plain': 'txt',
}

/** The file name of a rendition: Payload's convention, `<stem>-<W>x<H>.<ext>`. */
export const renditionFilename = (stem: string, size: { width: number; height: number; ext: string }): string =>
  `${stem}-${size.width}x${size.height}.${size.ext}`

/**
 * A safe, unique file name in `dir` for an upload called `name` whose content is `mimeType`:
 * accents folded, anything but letters, digits, dot, dash and underscore replaced, the extension
 * kept (or the canonical one of the real type), and `-1`, `-2`… added while the name or one of its
 * rendition names is taken in storage (`stored`), or the name is taken by another asset (`taken`).
 */
export const safeFilename = async (
  stored: (filename: string) => Promise<boolean>,
  name: string,
  mimeType: string,
  sizes: Array<{ width: number; height: number; ext: string }>,
  taken: (filename: string) => Promise<boolean>,
): Promise<string> => {
  const folded = stripAccents(path.basename(name), { compatibility: true })
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  const dot = folded.lastIndexOf('.')
  const stem = (dot > 0 ? folded.slice(0, dot) : folded) || 'archivo'
  const ext = (dot > 0 ? folded.slice(dot + 1).toLowerCase() : '') || EXTENSIONS[mimeType] || 'bin'
  for (let n = 0; ; n++) {
    const base = `${stem}${n ? `-${n}` : ''}`
    const candidate = `${base}.${ext}`
    const names = [candidate, ...sizes.map((size) => renditionFilename(base, size))]
    if ((await Promise.all(names.map(stored))).some(Boolean)) continue
    if (await taken(candidate)) continue
    return candidate
  }
}
