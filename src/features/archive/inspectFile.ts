import exifr from 'exifr'
import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'
import fs from 'node:fs/promises'
import sharp, { type Metadata } from 'sharp'

import type { ResolvedOptions } from '../../types.js'

import { invalidField } from '../../kernel/errors.js'
import { type MessageKey, tr } from '../../kernel/i18n/index.js'
import { type MediaInfo, mediaInfo } from './mediaInfo.js'
import { sha256Buffer, sha256File } from './sha256.js'

/** The upload as Payload hands it to hooks (`req.file`): bytes in memory, or spooled to a temp file. */
export type IncomingFile = {
  name: string
  mimetype: string
  size: number
  data?: Buffer
  tempFilePath?: string
}

/** What the archive learns about a file at ingest. */
export type Inspection = {
  mimeType: string
  sha256: string
  size: number
  /** As displayed: width and height swapped when the EXIF orientation turns the image. */
  width?: number
  height?: number
  isRaster: boolean
  exif: { capturedAt?: string; camera?: string; hasLocation: boolean }
  /** Audio and video: duration and technical data from the container's headers. */
  media: MediaInfo
}

/** Extension → the MIME type a file with that name declares. */
const EXTENSION_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', tif: 'image/tiff', tiff: 'image/tiff',
  gif: 'image/gif', avif: 'image/avif', heic: 'image/heic', svg: 'image/svg+xml',
  mp4: 'video/mp4', m4v: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm', mkv: 'video/x-matroska',
  mp3: 'audio/mpeg', wav: 'audio/wav', ogg: 'audio/ogg', oga: 'audio/ogg', m4a: 'audio/mp4', flac: 'audio/flac',
  pdf: 'application/pdf', psd: 'image/vnd.adobe.photoshop', ai: 'application/illustrator', eps: 'application/postscript',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text', txt: 'text/plain', vtt: 'text/vtt', srt: 'application/x-subrip',
}

/** Types that name the same content (aliases, or containers that sniff as their parent format). */
const SAME_CONTENT: Record<string, string[]> = {
  'audio/wav': ['audio/x-wav', 'audio/vnd.wave', 'audio/wave'],
  'audio/flac': ['audio/x-flac'],
  'audio/mp4': ['audio/x-m4a', 'video/mp4'],
  'video/mp4': ['audio/mp4', 'video/x-m4v'],
  'application/illustrator': ['application/pdf', 'application/postscript'],
  'application/postscript': ['application/eps'],
  'audio/ogg': ['audio/opus', 'video/ogg'],
  'video/x-matroska': ['video/matroska'],
}

/** Sniffed names whose canonical type in the archive (allow-list, extensions, inline types) differs. */
const CANONICAL: Record<string, string> = { 'video/matroska': 'video/x-matroska' }

/** Text formats file-type cannot sniff: a light check of their first bytes instead. */
const TEXT_SNIFFERS: Record<string, (head: string) => boolean> = {
  'image/svg+xml': (head) => /<svg[\s>]/i.test(head),
  'text/vtt': (head) => head.replace(/^\uFEFF/, '').startsWith('WEBVTT'),
  'application/x-subrip': (head) => /^\uFEFF?\s*\d+\s*\r?\n\d\d:\d\d:\d\d[,.]\d{3}\s*-->/.test(head),
  'text/plain': (head) => !head.includes('\u0000'),
}

/** Raster formats sharp decodes: they get renditions, a pixel limit and an integrity check. */
const RASTER = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif', 'image/avif', 'image/heic'])

const sameContent = (a: string, b: string): boolean =>
  a === b || (SAME_CONTENT[a]?.includes(b) ?? false) || (SAME_CONTENT[b]?.includes(a) ?? false)

const extensionOf = (name: string): string => (name.includes('.') ? name.split('.').pop()!.toLowerCase() : '')

type Translator = Parameters<typeof tr>[0]

const readHead = async (file: IncomingFile, bytes: number): Promise<Buffer> => {
  if (file.data && file.data.length > 0) return file.data.subarray(0, bytes)
  const handle = await fs.open(file.tempFilePath!, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

const readTail = async (file: IncomingFile, bytes: number): Promise<Buffer> => {
  if (file.data && file.data.length > 0) return file.data.subarray(Math.max(0, file.data.length - bytes))
  const handle = await fs.open(file.tempFilePath!, 'r')
  try {
    const { size } = await handle.stat()
    const buffer = Buffer.alloc(Math.min(bytes, size))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, Math.max(0, size - bytes))
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** A JPEG ends with EOI (FF D9), a PNG with its IEND chunk: a cut-off upload does not. */
const isComplete = (mime: string, tail: Buffer): boolean => {
  if (mime === 'image/jpeg') {
    let end = tail.length
    while (end > 0 && (tail[end - 1] === 0x00 || tail[end - 1] === 0x0a || tail[end - 1] === 0x0d)) end--
    return end >= 2 && tail[end - 2] === 0xff && tail[end - 1] === 0xd9
  }
  if (mime === 'image/png') return tail.includes(Buffer.from('IEND'))
  return true
}

/**
 * Everything the archive checks before a single byte is stored: size, the real type against the
 * declared one and the allow-list, the pixel limit (decompression bombs), integrity, then the
 * SHA-256 of the whole file and the capture metadata (EXIF). Throws a 400 naming `file` and the
 * rule; returns what the asset stores.
 */
export const inspectFile = async (file: IncomingFile, options: ResolvedOptions, req?: Translator): Promise<Inspection> => {
  const refuse = (key: MessageKey, vars?: Record<string, unknown>): never => {
    throw invalidField('archive-assets', 'file', tr(req, key, vars), req as { t?: unknown })
  }
  const { maxFileSize, maxPixels, mimeTypes } = options.archive
  const size = file.data && file.data.length > 0 ? file.data.length : file.tempFilePath ? (await fs.stat(file.tempFilePath)).size : file.size
  if (size === 0) refuse('archiveFileEmpty')
  if (size > maxFileSize) {
    refuse('archiveFileTooBig', { size, max: maxFileSize })
  }

  // 1. The real type, from the content.
  const source = file.data && file.data.length > 0 ? file.data : undefined
  const sniffed = source ? await fileTypeFromBuffer(source) : file.tempFilePath ? await fileTypeFromFile(file.tempFilePath) : undefined
  const declaredByName = EXTENSION_TYPES[extensionOf(file.name)]
  const declaredByHeader = (file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
  const declared = declaredByHeader && declaredByHeader !== 'application/octet-stream' ? declaredByHeader : declaredByName
  // Parameters dropped (file-type says `audio/ogg; codecs=opus` for Opus in Ogg), aliases named once.
  const sniffedType = sniffed?.mime.split(';')[0]!.trim()
  let real = sniffedType ? (CANONICAL[sniffedType] ?? sniffedType) : undefined
  if (!real) {
    const head = (await readHead(file, 4096)).toString('utf8')
    const candidate = [declared, declaredByName].find((type) => type && TEXT_SNIFFERS[type]?.(head))
    real = candidate
  }
  if (!real) {
    refuse(declared ? 'archiveFileUnknownType' : 'archiveFileUnknownTypeUndeclared', { name: file.name, declared })
  }
  const realType = real!
  for (const claim of [declared, declaredByName]) {
    if (claim && !sameContent(claim, realType)) {
      refuse('archiveFileTypeMismatch', { claim, real: realType })
    }
  }
  if (!mimeTypes.some((allowed) => sameContent(allowed, realType))) {
    refuse('archiveFileTypeNotAllowed', { type: realType })
  }

  // 2. Images: dimensions from the header only (no decoding), the pixel limit, integrity.
  const isRaster = RASTER.has(realType)
  let width: number | undefined
  let height: number | undefined
  if (isRaster) {
    let meta: Metadata
    try {
      meta = await sharp(source ?? file.tempFilePath, { limitInputPixels: false }).metadata()
    } catch {
      return refuse('archiveImageCorrupt')
    }
    const turned = [5, 6, 7, 8].includes(meta.orientation ?? 1)
    width = turned ? meta.height : meta.width
    height = turned ? meta.width : meta.height
    const pixels = (width ?? 0) * (height ?? 0) * (meta.pages ?? 1)
    if (!width || !height) refuse('archiveImageNoDimensions')
    if (pixels > maxPixels) {
      refuse('archiveImageTooManyPixels', { pixels, max: maxPixels })
    }
    if (!isComplete(realType, await readTail(file, 64))) {
      refuse('archiveImageTruncated')
    }
  }

  // 3. Fixity: the SHA-256 of the whole original.
  const sha256 = source ? sha256Buffer(source) : await sha256File(file.tempFilePath!)

  // 4. Capture metadata. Location is only noted (never stored, never copied to renditions).
  const exif: Inspection['exif'] = { hasLocation: false }
  if (isRaster || realType === 'image/heic') {
    try {
      const tags = await exifr.parse(source ?? file.tempFilePath!, {
        tiff: true,
        exif: true,
        gps: true,
        pick: ['DateTimeOriginal', 'CreateDate', 'Make', 'Model', 'GPSLatitude', 'GPSLongitude', 'latitude', 'longitude'],
      })
      if (tags) {
        const date = tags.DateTimeOriginal ?? tags.CreateDate
        if (date instanceof Date && !Number.isNaN(date.getTime())) exif.capturedAt = date.toISOString()
        const camera = [tags.Make, tags.Model].filter(Boolean).join(' ').trim()
        if (camera) exif.camera = camera
        exif.hasLocation = tags.latitude !== undefined || tags.GPSLatitude !== undefined
      }
    } catch {
      // No readable EXIF: nothing to record.
    }
  }

  // 5. Audio and video: duration (and creation time) from the container's headers.
  const media = await mediaInfo(source ?? file.tempFilePath!, realType)

  return { mimeType: realType, sha256, size, width, height, isRaster, exif, media }
}
