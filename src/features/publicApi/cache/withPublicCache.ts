import type { SanitizedConfig } from 'payload'

import { Kind, parse } from 'graphql'

import type { CachedAnswer } from './index.js'

import { carriesCredentials, verifiedCredentials } from '../../../platform/fairness/withAnonymousGate.js'
import { gzipAnswer, openFrontDoor } from './frontDoor.js'
import { customOf, reply, restKeyOf, storedAnswerFor } from './hits.js'
import { etagOf, graphqlKey } from './key.js'
import { publicCacheFor } from './publicCache.js'
import { collecting } from './tags.js'

export { cacheSettingsOf } from './hits.js'

type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/**
 * The headers that belong to one response, not to the answer: never stored. Every other header is
 * replayed on each hit (an endpoint's `Last-Modified`, `Link`, `Content-Disposition`… are the
 * answer's). CORS is worked out again for each caller (hits.ts), the tag and age by the cache.
 */
const PER_RESPONSE = new Set(['set-cookie', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'server-timing', 'etag', 'age', 'retry-after', 'x-pregonero-cache'])
const replayed = (name: string): boolean => {
  const lower = name.toLowerCase()
  return !PER_RESPONSE.has(lower) && !/^(access-control-|x-ratelimit-|ratelimit)/.test(lower)
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
    const { publicCache: settings } = customOf(resolved)
    if (!settings?.enabled) return handler(request, ...args)
    const cache = publicCacheFor(settings)
    // From the first read on, a server that calls the front door answers hits before Next.js routes them.
    if (!graphql) openFrontDoor(resolved)

    let key: null | string = null
    if (graphql) {
      if (request.method.toUpperCase() === 'POST' && (request.headers.get('content-type') ?? '').includes('application/json')) {
        const body = (await request.clone().json().catch(() => null)) as null | { query?: unknown; variables?: unknown; operationName?: unknown }
        const languages = Object.keys(resolved.i18n?.supportedLanguages ?? {})
        if (body && typeof body.query === 'string' && body.query.length <= 20_000 && onlyQueries(body.query)) key = graphqlKey(request, body as { query: string }, languages)
      }
    } else key = restKeyOf(request, resolved)
    if (key === null) return handler(request, ...args)
    if (carriesCredentials(request, resolved.cookiePrefix ?? 'payload') && (await verifiedCredentials(request, resolved))) {
      cache.counters.bypasses++
      return handler(request, ...args)
    }

    const stored = await storedAnswerFor(request, resolved, key)
    // Over the anonymous budget: Payload answers (its rate limiter refuses with 429 and Retry-After).
    if (stored === 'over-budget') return handler(request, ...args)
    if (stored) return reply(request, stored, 'HIT', resolved)

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
        headers: [...response.headers.entries()].filter(([name]) => replayed(name)),
        body,
        etag: etagOf(body),
        tags,
        expiresAt: await cache.expiryFor(tags, startedAt),
        storedAt: Date.now(),
      }
      // An answer that read nothing we can track (or a GraphQL answer with errors) is not kept.
      if (tags.length && !failedQuery) await cache.put(key, fill, gzipAnswer(answer))
      settle(answer)
      const fresh = reply(request, answer, 'MISS', resolved)
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
