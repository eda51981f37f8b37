import { createHash } from 'node:crypto'

/** The languages answers may differ in (Payload's i18n: `Accept-Language`); anything else is the default. */
const languageOf = (request: Request, languages: readonly string[]): string => {
  const header = request.headers.get('accept-language') ?? ''
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase().split('-')[0]!
    if (languages.includes(tag)) return tag
  }
  return ''
}

/**
 * The normalised address of a GET: the path with repeated and trailing slashes removed and its
 * escapes made canonical, the query's parameters sorted (a reordered query is the same answer).
 */
export const normalisedAddress = (url: URL): string => {
  const path =
    url.pathname
      .replace(/\/{2,}/g, '/')
      .replace(/(.)\/$/, '$1')
      .split('/')
      .map((segment) => {
        try {
          return encodeURIComponent(decodeURIComponent(segment))
        } catch {
          return segment
        }
      })
      .join('/') || '/'
  const params = [...url.searchParams.entries()].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
  const query = new URLSearchParams(params).toString()
  return query ? `${path}?${query}` : path
}

/** Cache key of an anonymous GET: normalised address + query (its `locale` included) + language. */
export const restKey = (request: Request, languages: readonly string[]): string =>
  `GET ${normalisedAddress(new URL(request.url))}\n${languageOf(request, languages)}`

/** The address part of a REST key (what a CDN caches), or null for GraphQL keys. */
export const addressOfKey = (key: string): null | string => (key.startsWith('GET ') ? key.slice(4).split('\n')[0]! : null)

/** Cache key of an anonymous GraphQL query: its text (whitespace folded), variables, operation, locale and language. */
export const graphqlKey = (
  request: Request,
  body: { query: string; variables?: unknown; operationName?: unknown },
  languages: readonly string[],
): string => {
  const url = new URL(request.url)
  const text = JSON.stringify([body.query.replace(/\s+/g, ' ').trim(), body.variables ?? null, body.operationName ?? null, normalisedAddress(url)])
  return `GRAPHQL ${createHash('sha256').update(text).digest('base64url')}\n${languageOf(request, languages)}`
}

/** A strong entity tag of the answer's bytes. */
export const etagOf = (body: Uint8Array): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

/** Whether `If-None-Match` names this tag (weak comparison, as RFC 9110 asks for GET). */
export const notModified = (request: Request, etag: string): boolean => {
  const header = request.headers.get('if-none-match')
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}
