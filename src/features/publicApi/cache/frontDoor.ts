import type { IncomingMessage, ServerResponse } from 'node:http'
import type { SanitizedConfig } from 'payload'

import { gzipSync } from 'node:zlib'

import type { CachedAnswer } from './store.js'

import { apiReadHeaders } from '../../../platform/securityHeaders.mjs'
import { carriesCredentials } from '../../../platform/fairness/withAnonymousGate.js'
import { customOf, reply, restKeyOf, storedAnswerFor } from './hits.js'
import { normalisedAddress } from './key.js'
import { publicCacheFor } from './publicCache.js'

/**
 * The front door: cache hits answered before Next.js routes the request. Profiling the built app
 * under a crowd (tests/load/README.md) put about half of a hit's CPU in Next.js' own request
 * handling (routing, the route module, its Request/Response plumbing), around the cache's few
 * microseconds. An HTTP server that owns its `request` event (dev/server.mjs, the reference app's
 * `npm start`) calls the front door first and hands Next.js only what it did not answer.
 *
 * It answers only what the route wrapper (withPublicCache.ts) would answer from the cache, the same
 * way (hits.ts): an anonymous GET of a cached read whose answer is stored, counted against the
 * anonymous budget, through the hit gate, with the headers next.config.mjs gives that path. Anything
 * else goes on to Next.js untouched: credentials of any kind (Next.js verifies them), other methods,
 * an address Next.js would redirect or normalise (a trailing or doubled slash, a non-canonical
 * escape), a miss, a caller over the budget (Payload answers the 429).
 *
 * The route wrapper opens it on the first anonymous read it serves (the door needs the resolved
 * config, and the cache lives in the app's bundle): until then every request goes to Next.js. The
 * slot is on `globalThis` under `Symbol.for('pregonero.frontDoor')`: the server reads it without
 * importing the app's bundle (which is compiled apart).
 */
export type FrontDoor = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>

const SLOT = Symbol.for('pregonero.frontDoor')
type Slots = Record<symbol, FrontDoor | undefined>

/** The open front door of this process, if the app opened one. */
export const frontDoorOf = (): FrontDoor | undefined => (globalThis as Slots)[SLOT]

/**
 * Next.js compresses with the `compression` middleware: a compressible type gets `Vary:
 * Accept-Encoding` and goes out gzipped to a client that takes gzip (whatever its size: a route
 * handler's answer is streamed, so the middleware's size threshold never applies). The door does
 * the same, with the copy gzipped once when the answer was stored (`gzipAnswer`, counted in the
 * cache's memory bound); an answer stored without one is gzipped on the way out.
 */
const COMPRESSIBLE = /^(text\/|application\/([\w.-]+\+)?(json|xml|javascript))/i

/** The gzipped copy the door sends, when the answer's type is one Next.js compresses. */
export const gzipAnswer = (answer: CachedAnswer): CachedAnswer => {
  const type = answer.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
  return COMPRESSIBLE.test(type) && answer.body.byteLength ? { ...answer, gzipped: gzipSync(answer.body) } : answer
}
const takesGzip = (header: null | string): boolean =>
  (header ?? '').split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0)
  })
const gzipOf = ({ gzipped, body }: CachedAnswer): Buffer =>
  gzipped ? Buffer.from(gzipped.buffer, gzipped.byteOffset, gzipped.byteLength) : gzipSync(body)

/** The request's path exactly as Next.js would route it unchanged (else Next.js answers it). */
const canonical = (url: URL): boolean => normalisedAddress(new URL(url.pathname, url)) === url.pathname

/** Opens the front door for this config (once per process: one app per server). */
export const openFrontDoor = (resolved: SanitizedConfig): void => {
  const slots = globalThis as Slots
  if (slots[SLOT]) return
  const api = `${resolved.routes?.api ?? '/api'}/`
  const cookiePrefix = resolved.cookiePrefix ?? 'payload'
  slots[SLOT] = async (incoming, outgoing) => {
    if (incoming.method !== 'GET' || !incoming.url?.startsWith(api)) return false
    let request: Request
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(incoming.headers)) {
        if (typeof value === 'string') headers.set(name, value)
        else if (Array.isArray(value)) for (const each of value) headers.append(name, each)
      }
      request = new Request(new URL(incoming.url, `http://${incoming.headers.host ?? 'localhost'}`), { headers })
    } catch {
      return false // an address or header Node.js accepted and fetch does not: Next.js answers it
    }
    if (carriesCredentials(request, cookiePrefix) || !canonical(new URL(request.url))) return false
    const key = restKeyOf(request, resolved)
    if (key === null) return false
    const stored = await storedAnswerFor(request, resolved, key)
    if (stored === null || stored === 'over-budget') return false
    publicCacheFor(customOf(resolved).publicCache!).counters.frontDoor++
    const answer = reply(request, stored, 'HIT', resolved)
    // As Next.js does: the config's headers first; an answer's own header never replaces one of them.
    for (const { key: name, value } of apiReadHeaders(process.env.NODE_ENV === 'production')) outgoing.setHeader(name, value)
    answer.headers.forEach((value, name) => {
      if (!outgoing.hasHeader(name)) outgoing.setHeader(name, value)
    })
    outgoing.statusCode = answer.status
    // A 304 has no body; otherwise the stored bytes (or their gzipped copy) go out as they are.
    const withBody = answer.body !== null
    let gzip = false
    if (COMPRESSIBLE.test(answer.headers.get('content-type') ?? '')) {
      const vary = outgoing.getHeader('vary')
      if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(String(vary ?? ''))) outgoing.setHeader('Vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
      gzip = withBody && takesGzip(request.headers.get('accept-encoding'))
    }
    if (gzip) outgoing.setHeader('Content-Encoding', 'gzip')
    outgoing.end(!withBody ? undefined : gzip ? gzipOf(stored) : Buffer.from(stored.body.buffer, stored.body.byteOffset, stored.body.byteLength))
    return true
  }
}
