import type { SanitizedConfig } from 'payload'

import { Kind, parse } from 'graphql'

import type { ResolvedApiOptions } from '../../../types.js'
import type { CachedAnswer, PublicCacheSettings } from './index.js'

import { carriesCredentials, verifiedCredentials } from '../../../platform/fairness/withAnonymousGate.js'
import { clientIP, ipKey } from '../../../platform/rateLimit/clientIP.js'
import { etagOf, graphqlKey, notModified, restKey } from './key.js'
import { publicCacheFor } from './publicCache.js'
import { collecting } from './tags.js'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>
type Limits = ResolvedApiOptions['rateLimit']

/** What the plugin leaves for the route files in `config.custom.pregonero` (server-only). */
type CacheCustom = { publicCache?: PublicCacheSettings; rateLimit?: Limits }
const customOf = (config: Pick<SanitizedConfig, 'custom'>): CacheCustom =>
  ((config.custom as { pregonero?: CacheCustom } | undefined)?.pregonero ?? {}) as CacheCustom

export const cacheSettingsOf = (config: Pick<SanitizedConfig, 'custom'>): PublicCacheSettings | undefined => customOf(config).publicCache

/** Headers of an answer worth replaying; everything else (cookies, timings, rate-limit counters) is per request. */
const REPLAYED = new Set(['cache-control', 'content-disposition', 'content-language', 'content-type', 'vary'])

/**
 * The public reads that are cached (paths under the API route): the REST lists and documents of
 * the config's collections and globals (Payload's access rule decides what an anonymous caller
 * gets; `users`, Payload's own collections, file downloads and collection endpoints with more
 * segments are not), and the plugin's by-slug read, listing, feeds, sitemap and open data. Root
 * endpoints are not (they may answer from elsewhere than Payload's reads, or act on a GET).
 */
const PLUGIN_READS = /^\/pregonero\/(contents(\/by-slug\/[^/]+)?|feeds\/news\.(rss|atom)|sitemap\.xml|open-data(\/[^/]+)?)$/
const cacheablePath = (path: string, config: SanitizedConfig): boolean => {
  if (PLUGIN_READS.test(path)) return true
  const [, first, second, ...rest] = path.split('/')
  if (rest.length || !first) return false
  if (first === 'globals') return Boolean(second) && config.globals.some((global) => global.slug === second)
  return first !== 'users' && !first.startsWith('payload-') && config.collections.some((collection) => collection.slug === first)
}

/** Only queries: a mutation or subscription in the document is never cached. */
const onlyQueries = (query: string): boolean => {
  try {
    return parse(query).definitions.every(
      (definition) => definition.kind === Kind.FRAGMENT_DEFINITION || (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'query'),
    )
  } catch {
    return false
  }
}

/** A GraphQL answer with `errors` (refused fields, a bad query) is served but not kept. */
const hasErrors = (body: Uint8Array): boolean => {
  try {
    return 'errors' in (JSON.parse(new TextDecoder().decode(body)) as object)
  } catch {
    return true
  }
}

/** Counts a cache hit against the anonymous budget (Payload counts misses itself); false when spent. */
const withinBudget = async (request: Request, limits: Limits | undefined): Promise<boolean> => {
  if (!limits?.enabled) return true
  const ip = clientIP(request.headers, limits.trustProxy)
  if (ip === null) return true
  return (await limits.store.hit(`anon:${ipKey(ip)}`, limits.anonymousReads.max, limits.anonymousReads.windowMs)).allowed
}

const reply = (request: Request, answer: CachedAnswer, state: 'HIT' | 'MISS'): Response => {
  const headers = new Headers(answer.headers)
  headers.set('ETag', answer.etag)
  headers.set('X-Pregonero-Cache', state)
  if (state === 'HIT') headers.set('Age', String(Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000))))
  if (answer.status === 200 && notModified(request, answer.etag)) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(answer.body as Uint8Array<ArrayBuffer>, { status: answer.status, headers })
}

/**
 * Wraps a Next.js route handler (REST_GET, GRAPHQL_POST) with the cache of anonymous answers:
 * a request without VERIFIED credentials is answered from the cache when it can, else Payload
 * answers it (through `handler`, e.g. the fair gate) while every document and query it touches is
 * recorded, and a 200 is stored under those tags (`hooks.ts` drops it when one changes). Answers
 * carry an `ETag`; `If-None-Match` gets a 304. Signed-in users never touch the cache. A
 * pass-through when the plugin is not installed or the cache is disabled.
 */
export const withPublicCache = <Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Args>,
  { graphql = false }: { graphql?: boolean } = {},
): Handler<Args> => {
  return async (request, ...args) => {
    const resolved = await config
    const { publicCache: settings, rateLimit } = customOf(resolved)
    if (!settings?.enabled) return handler(request, ...args)
    const cache = publicCacheFor(settings)
    const languages = Object.keys(resolved.i18n?.supportedLanguages ?? {})
    const api = resolved.routes?.api ?? '/api'

    let key: null | string = null
    if (graphql) {
      if (request.method.toUpperCase() === 'POST' && (request.headers.get('content-type') ?? '').includes('application/json')) {
        const body = (await request.clone().json().catch(() => null)) as null | { query?: unknown; variables?: unknown; operationName?: unknown }
        if (body && typeof body.query === 'string' && body.query.length <= 20_000 && onlyQueries(body.query)) key = graphqlKey(request, body as { query: string }, languages)
      }
    } else if (request.method.toUpperCase() === 'GET') {
      const path = new URL(request.url).pathname.replace(/\/{2,}/g, '/')
      if (path.startsWith(`${api}/`) && cacheablePath(path.slice(api.length).replace(/(.)\/$/, '$1'), resolved)) key = restKey(request, languages)
    }
    if (key === null) return handler(request, ...args)
    if (carriesCredentials(request, resolved.cookiePrefix ?? 'payload') && (await verifiedCredentials(request, resolved))) {
      cache.counters.bypasses++
      return handler(request, ...args)
    }

    const cached = await cache.get(key)
    const shared = cached ? undefined : cache.joinable(key)
    if (cached || shared) {
      // Over the anonymous budget: Payload answers (its rate limiter refuses with 429 and Retry-After).
      if (!(await withinBudget(request, rateLimit))) return handler(request, ...args)
      const answer = cached ?? (await shared)
      if (answer) {
        const turn = await cache.hitGate.enter()
        if ('leave' in turn) turn.leave()
        if (answer.status === 200 && notModified(request, answer.etag)) cache.counters.notModified++
        else cache.counters.hits++
        return reply(request, answer, 'HIT')
      }
    }

    cache.counters.misses++
    let settle: (answer: CachedAnswer | null) => void = () => undefined
    const flight = new Promise<CachedAnswer | null>((resolve) => (settle = resolve))
    const fill = cache.begin(key, flight)
    // The clock boundaries are looked up from the moment Payload starts reading: a consent ending
    // while it runs must still bound this answer.
    const startedAt = new Date()
    try {
      const { collector, result } = collecting(() => handler(request, ...args))
      const response = await result
      // A 404 (a slug or id nobody can see yet) is kept like a 200: the tags of the lookup drop it
      // when such a document is created or published.
      const keptStatus = response.status === 200 || (response.status === 404 && settings.cacheNotFound)
      const cacheable =
        keptStatus && !response.headers.has('set-cookie') && !/no-store|private/.test(response.headers.get('cache-control') ?? '')
      if (!cacheable) {
        collector.closed = true
        settle(null)
        return response
      }
      const body = new Uint8Array(await response.arrayBuffer())
      collector.closed = true
      const tags = [...collector.tags]
      const failedQuery = graphql && hasErrors(body)
      const answer: CachedAnswer = {
        status: response.status,
        headers: [...response.headers.entries()].filter(([name]) => REPLAYED.has(name.toLowerCase())),
        body,
        etag: etagOf(body),
        tags,
        expiresAt: await cache.expiryFor(tags, startedAt),
        storedAt: Date.now(),
      }
      // An answer that read nothing we can track (or a GraphQL answer with errors) is not kept.
      if (tags.length && !failedQuery) await cache.put(key, fill, answer)
      settle(answer)
      const fresh = reply(request, answer, 'MISS')
      // The gate's and the app's timings of this run (not replayed on hits).
      const timing = response.headers.get('server-timing')
      if (timing) fresh.headers.set('Server-Timing', timing)
      return fresh
    } catch (error) {
      settle(null)
      throw error
    } finally {
      cache.end(key, fill, flight)
    }
  }
}
