import type { CollectionConfig, Endpoint, PayloadRequest } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

/**
 * Types a browser may show in the page (inert: decoded as media or plain text, never run). Every
 * other type — HTML, SVG, XML, PDF, scripts, office files, anything unknown — is served as a
 * download of an inert type, so an uploaded file never becomes a page of the city's domain.
 */
const INLINE_TYPES = new Set([
  'image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif',
  'video/mp4', 'video/webm', 'video/quicktime', 'video/x-matroska',
  'audio/mpeg', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/mp4', 'audio/flac', 'audio/x-flac',
  'text/plain', 'text/vtt',
])

export const isInlineType = (contentType: null | string): boolean =>
  INLINE_TYPES.has(String(contentType ?? '').split(';')[0]!.trim().toLowerCase())

/** The answer to anything but an anonymous caller served a (necessarily public) file. */
export const PRIVATE_FILE_CACHE = 'private, no-store'
/** A shared cache keeps signed-in and anonymous answers apart. */
export const FILE_VARY = 'Cookie, Authorization'
/** A file never runs anything in the app's origin, whatever its type. */
export const FILE_CSP = "default-src 'none'; img-src 'self' data:; media-src 'self'; style-src 'unsafe-inline'; sandbox"

const attachment = (filename: string): string => {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

/**
 * The headers of a file answer: public caching only when an anonymous caller was served the file
 * (the read rule let them: the file is public); every other answer — a signed-in caller's, a 403, a
 * 404, an error — is `private, no-store`, so a CDN never hands a staff-fetched restricted image to
 * the public. Active types become downloads.
 */
export const fileResponseHeaders = (response: Response, req: PayloadRequest, filename: string, api: ResolvedApiOptions): Headers => {
  const headers = new Headers(response.headers)
  const servedPublicly = !req.user && (response.status === 200 || response.status === 206)
  headers.set(
    'Cache-Control',
    servedPublicly ? `public, max-age=${api.cache.maxAge}, s-maxage=${api.cache.sMaxAge}, stale-while-revalidate=${api.cache.staleWhileRevalidate}` : PRIVATE_FILE_CACHE,
  )
  headers.set('Vary', FILE_VARY)
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Content-Security-Policy', FILE_CSP)
  if (response.ok && !isInlineType(headers.get('Content-Type'))) {
    headers.set('Content-Type', 'application/octet-stream')
    headers.set('Content-Disposition', attachment(filename))
  }
  return headers
}

const MARK = 'pregoneroFileResponses'
const FILE_PATH = '/file/:filename'

/**
 * `GET` (and `HEAD`) `/api/<upload collection>/file/:filename`, ahead of Payload's own route: Payload still
 * checks access (the collection's read rule, per file) and streams the file (ranges included);
 * this sets the caching and type headers on every answer, refusals included.
 */
const fileEndpoint = (api: ResolvedApiOptions, method: 'get' | 'head'): Endpoint => ({
  path: FILE_PATH,
  method,
  custom: { [MARK]: true },
  handler: async (req) => {
    const slug = (req.routeParams as { collection?: string } | undefined)?.collection
    const filename = String((req.routeParams as { filename?: string } | undefined)?.filename ?? '')
    const collections = req.payload.collections as Record<string, { config: { endpoints?: Endpoint[] | false } } | undefined>
    const endpoints = (slug && collections[slug]?.config.endpoints) || []
    const payloadFile = endpoints.find((endpoint: Endpoint) => endpoint.path === FILE_PATH && endpoint.method === 'get' && !endpoint.custom?.[MARK])
    const previous = req.responseHeaders
    // Refusals (403, 404) are thrown by Payload and answered by its error route, which adds
    // req.responseHeaders: they carry the private headers too.
    const guarded = new Headers(previous)
    guarded.set('Cache-Control', PRIVATE_FILE_CACHE)
    guarded.set('Vary', FILE_VARY)
    req.responseHeaders = guarded
    if (!payloadFile) return Response.json({ errors: [{ message: 'Not found' }] }, { status: 404, headers: fileResponseHeaders(new Response(null, { status: 404 }), req, filename, api) })
    const response = await payloadFile.handler(req)
    // Payload appends req.responseHeaders to a handler's answer: restore them so that the answer's
    // own Cache-Control and Vary are the only ones.
    req.responseHeaders = previous
    // HEAD: the same access check and headers, no body.
    if (method === 'head') await response.body?.cancel()
    return new Response(method === 'head' ? null : response.body, { status: response.status, statusText: response.statusText, headers: fileResponseHeaders(response, req, filename, api) })
  },
})

/** Adds the file route to every upload collection of the final config (the plugin's and the host's). */
export const withFileResponses = (collections: CollectionConfig[] | undefined, api: ResolvedApiOptions): CollectionConfig[] =>
  (collections ?? []).map((collection) =>
    collection.upload && collection.endpoints !== false
      ? { ...collection, endpoints: [fileEndpoint(api, 'get'), fileEndpoint(api, 'head'), ...(collection.endpoints ?? [])] }
      : collection,
  )
