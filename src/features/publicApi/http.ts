import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { paramError } from '../../kernel/errors.js'
import { type LabelRequest, withLabel } from '../../kernel/i18n/fieldLabel.js'
import { type MessageKey, tr } from '../../kernel/i18n/index.js'

/**
 * Cache headers for a CDN: anonymous answers are the same for everyone and may be cached by
 * shared caches; answers to a signed-in user never are.
 */
export const cacheControl = (req: PayloadRequest, api: ResolvedApiOptions): string =>
  req.user
    ? 'private, no-store'
    : `public, max-age=${api.cache.maxAge}, s-maxage=${api.cache.sMaxAge}, stale-while-revalidate=${api.cache.staleWhileRevalidate}`

/** Headers every plugin endpoint answer carries; `Vary` keeps a CDN from mixing anonymous and signed-in answers. */
export const responseHeaders = (req: PayloadRequest, api: ResolvedApiOptions, contentType: string): Headers =>
  new Headers({
    'Content-Type': contentType,
    'Cache-Control': cacheControl(req, api),
    Vary: 'Authorization, Cookie',
  })

/** 400 naming the query parameter and the rule, in the caller's language (the plugin's messages). */
export const badParameter = (req: Parameters<typeof tr>[0], name: string, key: MessageKey, vars?: Record<string, unknown>): Response => {
  // The parameter by its label in the caller's language; `path` keeps its name.
  const message = withLabel(req as LabelRequest, null, name, tr(req, key, vars))
  return Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path: name, message }] } }] }, { status: 400 })
}

/** 404, in the caller's language. */
export const notFound = (req: Parameters<typeof tr>[0], key: MessageKey, vars?: Record<string, unknown>): Response =>
  Response.json({ errors: [{ name: 'NotFound', message: tr(req, key, vars) }] }, { status: 404 })

/** The website address of a content. */
export const contentURL = (api: ResolvedApiOptions, slug: string): string =>
  `${api.publicSiteURL}${api.contentPathPrefix}${encodeURIComponent(slug)}`

/** Escapes text for XML element content and attribute values. Drops characters XML 1.0 forbids. */
export const xmlEscape = (value: unknown): string =>
  String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

/** Parses an integer query parameter within bounds; `undefined` when absent, `null` when invalid. */
export const intParam = (raw: null | string, min: number, max: number): null | number | undefined => {
  if (raw === null || raw === '') return undefined
  if (!/^\d+$/.test(raw)) return null
  const value = Number(raw)
  return value >= min && value <= max ? value : null
}

/**
 * The JSON object body of an endpoint call. Empty → `{}`; malformed JSON (or not an object) → a
 * public 400 naming the body, never silently `{}` (the caller would then get a misleading
 * "field required"). Endpoints that catch errors pass it on with its status.
 */
export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  const parsed = (req as { data?: unknown }).data
  if (parsed && typeof parsed === 'object') return parsed as Record<string, unknown>
  const malformed = (error: unknown) =>
    paramError(req, 'body', tr(req, 'bodyMalformedJson', { detail: (error as Error).message }))
  let value: unknown
  if (typeof req.text === 'function') {
    const text = (await req.text()) ?? ''
    if (!text.trim()) return {}
    try {
      value = JSON.parse(text)
    } catch (error) {
      throw malformed(error)
    }
  } else if (typeof req.json === 'function') {
    // a request built by code (Local API) may only offer json()
    try {
      value = await req.json()
    } catch (error) {
      throw malformed(error)
    }
    if (value === undefined || value === null) return {}
  } else {
    return {}
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw paramError(req, 'body', tr(req, 'bodyNotObject'))
  }
  return value as Record<string, unknown>
}
