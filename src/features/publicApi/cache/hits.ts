import type { PayloadRequest, SanitizedConfig } from 'payload'

import { headersWithCors } from 'payload'

import type { ResolvedApiOptions } from '../../../types.js'
import type { CachedAnswer, PublicCacheSettings } from './index.js'

import { clientIP, ipKey } from '../../../platform/rateLimit/clientIP.js'
import { notModified, restKey } from './key.js'
import { publicCacheFor } from './publicCache.js'

/*
 * The hit side of the cache of anonymous answers: which GETs are cached reads, their key, and the
 * serving of a stored answer. Shared by the route wrapper (withPublicCache.ts) and the front door
 * (frontDoor.ts), so a hit is the same answer whichever of them serves it.
 */

type Limits = ResolvedApiOptions['rateLimit']

/** What the plugin leaves for the route files in `config.custom.pregonero` (server-only). */
type CacheCustom = { publicCache?: PublicCacheSettings; rateLimit?: Limits }
export const customOf = (config: Pick<SanitizedConfig, 'custom'>): CacheCustom =>
  ((config.custom as { pregonero?: CacheCustom } | undefined)?.pregonero ?? {}) as CacheCustom

export const cacheSettingsOf = (config: Pick<SanitizedConfig, 'custom'>): PublicCacheSettings | undefined => customOf(config).publicCache

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

/** Counts a cache hit against the anonymous budget (Payload counts misses itself); false when spent. */
const withinBudget = async (request: Request, limits: Limits | undefined): Promise<boolean> => {
  if (!limits?.enabled) return true
  const ip = clientIP(request.headers, limits.trustProxy)
  if (ip === null) return true
  return (await limits.store.hit(`anon:${ipKey(ip)}`, limits.anonymousReads.max, limits.anonymousReads.windowMs)).allowed
}

/** Whether the config's CORS answer depends on the request's `Origin` (a list of origins, not `*`). */
const corsByOrigin = (config: Pick<SanitizedConfig, 'cors'>): boolean => {
  const { cors } = config
  if (!cors || cors === '*') return false
  return Array.isArray(cors) || (typeof cors === 'object' && 'origins' in cors && cors.origins !== '*')
}

/**
 * A stored answer as this request's response. The CORS headers are this request's (Payload's own
 * rule, `headersWithCors`, on its `Origin`): a stored answer never carries another caller's
 * `Access-Control-Allow-Origin`, and a website on an allowed origin gets its own on every hit.
 * Where they depend on the origin, `Vary: Origin` tells a CDN so.
 */
export const reply = (request: Request, answer: CachedAnswer, state: 'HIT' | 'MISS', config: Pick<SanitizedConfig, 'cors'>): Response => {
  const headers = new Headers(answer.headers)
  headersWithCors({ headers, req: { headers: request.headers, payload: { config } } as unknown as PayloadRequest })
  if (corsByOrigin(config) && !/(^|,)\s*origin\s*(,|$)/i.test(headers.get('vary') ?? '')) headers.append('Vary', 'Origin')
  headers.set('ETag', answer.etag)
  headers.set('X-Pregonero-Cache', state)
  if (state === 'HIT') headers.set('Age', String(Math.max(0, Math.floor((Date.now() - answer.storedAt) / 1000))))
  if (answer.status === 200 && notModified(request, answer.etag)) {
    headers.delete('content-type')
    return new Response(null, { status: 304, headers })
  }
  return new Response(answer.body as Uint8Array<ArrayBuffer>, { status: answer.status, headers })
}

/** The cache key of a REST GET when its path is one of the cached public reads; null otherwise. */
export const restKeyOf = (request: Request, resolved: SanitizedConfig): null | string => {
  if (request.method.toUpperCase() !== 'GET') return null
  const api = resolved.routes?.api ?? '/api'
  const path = new URL(request.url).pathname.replace(/\/{2,}/g, '/')
  if (!path.startsWith(`${api}/`) || !cacheablePath(path.slice(api.length).replace(/(.)\/$/, '$1'), resolved)) return null
  return restKey(request, Object.keys(resolved.i18n?.supportedLanguages ?? {}))
}

/**
 * The stored answer of `key` (or the one a run of Payload is making right now), counted against
 * the anonymous budget and let through the hit gate: what a hit serves. `'over-budget'` when the
 * caller spent the budget (Payload then answers the 429); null when nothing is stored.
 */
export const storedAnswerFor = async (request: Request, resolved: SanitizedConfig, key: string): Promise<CachedAnswer | 'over-budget' | null> => {
  const { publicCache: settings, rateLimit } = customOf(resolved)
  if (!settings?.enabled) return null
  const cache = publicCacheFor(settings)
  const cached = await cache.get(key)
  const shared = cached ? undefined : cache.joinable(key)
  if (!cached && !shared) return null
  if (!(await withinBudget(request, rateLimit))) return 'over-budget'
  const answer = cached ?? (await shared)
  if (!answer) return null
  const turn = await cache.hitGate.enter()
  if ('leave' in turn) turn.leave()
  if (answer.status === 200 && notModified(request, answer.etag)) cache.counters.notModified++
  else cache.counters.hits++
  return answer
}
