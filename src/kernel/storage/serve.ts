import type { CollectionConfig, CollectionSlug, PayloadRequest, TypeWithID } from 'payload'

import { NotFound } from 'payload'

import { Readable } from 'node:stream'

import type { ResolvedOptions } from '../../types.js'
import type { ByteRange } from './types.js'

import { isInlineType } from '../uploads/fileResponses.js'
import { fileStorage } from './index.js'
import { type StoragePrefix, storageKey } from './keys.js'

type UploadHandler = NonNullable<NonNullable<Exclude<CollectionConfig['upload'], boolean | undefined>>['handlers']>[number]

type UploadDoc = TypeWithID & { filename?: null | string; mimeType?: null | string; sizes?: Record<string, { filename?: null | string; mimeType?: null | string } | null> }

/** One `bytes=` range of a file of `size` bytes (`a-b`, `a-`, `-n`); 'invalid' when it cannot be served; null when absent. */
export const parseRange = (header: null | string, size: number): 'invalid' | ByteRange | null => {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.split(',')[0]!.trim())
  if (!match || (match[1] === '' && match[2] === '')) return 'invalid'
  let start: number
  let end: number
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2]))
    end = size - 1
  } else {
    start = Number(match[1])
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  }
  return start > end || start >= size ? 'invalid' : { start, end }
}

/** The type recorded for this file of the row (the original's or a rendition's). */
const typeOf = (doc: UploadDoc, filename: string): string | undefined => {
  if (doc.filename === filename) return doc.mimeType ?? undefined
  return Object.values(doc.sizes ?? {}).find((size) => size?.filename === filename)?.mimeType ?? undefined
}

/** The row that owns `filename` (its original or one of its renditions), whoever may read it: access was decided already. */
const ownerOf = async (req: PayloadRequest, slug: string, filename: string, sizeNames: string[]): Promise<UploadDoc | null> =>
  (await req.payload.db.findOne({
    collection: slug as CollectionSlug,
    req,
    where: { or: [{ filename: { equals: filename } }, ...sizeNames.map((name) => ({ [`sizes.${name}.filename`]: { equals: filename } }))] },
  })) as UploadDoc | null

/**
 * Payload's `upload.handlers` entry of a collection whose files are in storage: Payload's file route
 * (`GET /api/<slug>/file/:filename`) has already applied the collection's read access to this file
 * (checkFileAccess) when it calls this, so nothing is read before access is decided. The file is
 * streamed from storage (a `Range` honoured, 206), or — when `archive.storage.signedUrls` is on and
 * the store can sign — answered by a 302 to a presigned GET URL of a few seconds. A file no row owns
 * is a 404. The caching and type headers are set by src/kernel/uploads/fileResponses.ts.
 */
export const storedFileHandler =
  (options: ResolvedOptions, prefix: StoragePrefix, slug: string, sizeNames: string[]): UploadHandler =>
  async (req, { doc, params }) => {
    const filename = String(params.filename ?? '')
    let key: string
    try {
      key = storageKey(prefix, filename)
    } catch {
      throw new NotFound(req.t)
    }
    const owner = doc && typeof doc === 'object' && 'id' in doc ? (doc as UploadDoc) : await ownerOf(req as PayloadRequest, slug, filename, sizeNames)
    // Payload's own refusal (its error route answers in the caller's language, with the private headers).
    if (!owner) throw new NotFound(req.t)
    const storage = fileStorage(options)
    const recorded = typeOf(owner, filename) ?? 'application/octet-stream'
    const inline = isInlineType(recorded)
    const { signedUrls } = options.archive.storage
    if (signedUrls.enabled) {
      const url = await storage.signedUrl(key, {
        expiresIn: signedUrls.expiresIn,
        // The bucket's answer keeps the app's rule: active types are downloads of an inert type.
        contentType: inline ? recorded : 'application/octet-stream',
        contentDisposition: inline ? undefined : `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')}"`,
      })
      if (url) return new Response(null, { status: 302, headers: { Location: url } })
    }
    const stat = await storage.head(key)
    if (!stat) throw new NotFound(req.t)
    const range = parseRange(req.headers.get('range'), stat.size)
    if (range === 'invalid') return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${stat.size}`, 'Accept-Ranges': 'bytes' } })
    const object = await storage.get(key, range ?? undefined)
    if (!object) throw new NotFound(req.t)
    const headers = new Headers({ 'Content-Type': recorded, 'Accept-Ranges': 'bytes' })
    if (range) {
      headers.set('Content-Length', String(range.end - range.start + 1))
      headers.set('Content-Range', `bytes ${range.start}-${range.end}/${stat.size}`)
    } else {
      headers.set('Content-Length', String(stat.size))
    }
    return new Response(Readable.toWeb(object.body) as ReadableStream, { status: range ? 206 : 200, headers })
  }
