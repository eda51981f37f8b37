import type { RunningApp } from '../helpers/appServer.js'

import { type PublicCacheFixtures, startPublicCacheApp } from './support/publicCacheApp.js'

/**
 * The cache's front door (issue 17; src/features/publicApi/cache/frontDoor.ts) in the BUILT app's
 * production server (`npm start`, dev/server.mjs): a stored anonymous answer is served before
 * Next.js routes the request, and it must be the very answer the route would have served: the same
 * bytes and headers (next.config.mjs' security headers included), the same 304, the same budget,
 * the same invalidation. What the door declines (credentials, other methods, addresses Next.js
 * rewrites) still reaches Next.js. The server's own counters (health check, admin details) tell
 * which of the two answered.
 */
let app: RunningApp
let f: PublicCacheFixtures
let admin: string
let head: string
const SITE = 'https://www.pasto.gov.co'

beforeAll(async () => {
  // A budget of 30 anonymous reads a minute: hits count against it wherever they are served.
  // The city's website reads the API from its own origin (CORS).
  ;({ app, fixtures: f, admin, head } = await startPublicCacheApp({ RATE_LIMIT_ANON_MAX: '30', CORS_ORIGINS: SITE }))
}, 240_000)
afterAll(async () => {
  await app?.stop()
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}${path}`, { headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}
const counters = async () => {
  const health = (await (await fetch(`${app.url}/api/pregonero/health`, { headers: { Authorization: `JWT ${admin}` } })).json()) as { details?: Record<string, Record<string, number>> }
  return health.details!['publicCache.default']!
}
/**
 * The headers an answer carries whoever serves it. Per response: date, age, keep-alive, length.
 * Next.js' own, meaningless on an API answer, which the door leaves out: the admin's colour-scheme
 * hint (withPayload's `Accept-CH`/`Critical-CH`) and the app router's `Vary` on its RSC headers.
 */
const NEXT_ONLY_VARY = /^(sec-ch-prefers-color-scheme|rsc|next-router-.*)$/i
const lasting = (headers: Headers) =>
  Object.fromEntries(
    [...headers.entries()]
      .filter(([name]) => !['date', 'age', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'server-timing', 'accept-ch', 'critical-ch'].includes(name))
      .map(([name, value]) => [name, name === 'vary' ? value.split(',').map((token) => token.trim()).filter((token) => !NEXT_ONLY_VARY.test(token)).join(', ') : value]),
  )

it("a hit is answered by the front door with the route's very answer: bytes, headers, ETag and 304", async () => {
  const path = `/api/pregonero/contents/by-slug/${f.news[0]!.slug}`
  const before = await counters()
  const miss = await get(path)
  const hit = await get(path)
  const after = await counters()
  expect([miss.headers.get('x-pregonero-cache'), hit.headers.get('x-pregonero-cache')]).toEqual(['MISS', 'HIT'])
  expect(after.frontDoor - before.frontDoor).toBe(1)
  expect(hit.text).toBe(miss.text)
  expect({ ...lasting(hit.headers), 'x-pregonero-cache': 'MISS' }).toEqual(lasting(miss.headers))
  // next.config.mjs' headers, which Next.js adds and the door must add itself
  expect(hit.headers.get('content-security-policy')).toMatch(/^frame-ancestors 'self'/)
  expect(hit.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  expect(hit.headers.get('strict-transport-security')).toMatch(/max-age=/)
  // compressed as Next.js compresses (fetch asks for gzip and undoes it: the text above is equal)
  expect(hit.headers.get('content-encoding')).toBe('gzip')
  const plain = await get(path, { 'Accept-Encoding': 'identity' })
  expect([plain.headers.get('content-encoding'), plain.text]).toEqual([null, miss.text])
  const notModified = await get(path, { 'If-None-Match': hit.headers.get('etag')! })
  expect(notModified.status).toBe(304)
  expect((await counters()).frontDoor - after.frontDoor).toBe(2)
})

it('what the door declines reaches Next.js: credentials, HEAD, an address Next.js rewrites', async () => {
  const path = `/api/pregonero/contents/by-slug/${f.news[1]!.slug}`
  await get(path)
  const start = await counters()
  // A signed-in editor is never served from the cache; a forged token verifies nothing, so the route serves it the hit.
  expect((await get(path, { Authorization: `JWT ${head}` })).headers.get('x-pregonero-cache')).toBeNull()
  expect((await get(path, { Authorization: 'JWT falso' })).headers.get('x-pregonero-cache')).toBe('HIT')
  expect((await get(path, { Cookie: 'payload-token=falso' })).headers.get('x-pregonero-cache')).toBe('HIT')
  // Next.js redirects a trailing slash: the door leaves that to it.
  const slashed = await fetch(`${app.url}${path}/`, { redirect: 'manual' })
  expect(slashed.status).toBe(308)
  await fetch(`${app.url}${path}`, { method: 'HEAD' })
  const end = await counters()
  expect(end.frontDoor - start.frontDoor).toBe(0)
  expect(end.hits - start.hits).toBe(2)
})

it("the head's edit drops the answer the door was serving; the next read is Payload's, then the door's again", async () => {
  const [, , news] = f.news
  const path = `/api/contents/${news!.id}`
  await get(path)
  expect((await get(path)).headers.get('x-pregonero-cache')).toBe('HIT')
  const edit = await fetch(`${app.url}/api/contents/${news!.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${head}` },
    body: JSON.stringify({ summary: 'Albergues abiertos en el coliseo.' }),
  })
  expect(edit.status).toBe(200)
  const fresh = await get(path)
  expect(fresh.headers.get('x-pregonero-cache')).toBe('MISS')
  expect(JSON.parse(fresh.text).summary).toBe('Albergues abiertos en el coliseo.')
  const again = await get(path)
  expect(again.headers.get('x-pregonero-cache')).toBe('HIT')
  expect(again.text).toBe(fresh.text)
})

it('every cached answer carries the CORS headers of its own caller: the allowed website gets its origin back, another origin none', async () => {
  const path = `/api/contents/${f.news[0]!.id}`
  const before = await counters()
  const first = await get(path, { Origin: SITE })
  const hit = await get(path, { Origin: SITE })
  expect([first.headers.get('x-pregonero-cache'), hit.headers.get('x-pregonero-cache')]).toEqual(['MISS', 'HIT'])
  expect([first.headers.get('access-control-allow-origin'), hit.headers.get('access-control-allow-origin')]).toEqual([SITE, SITE])
  expect(hit.headers.get('access-control-allow-credentials')).toBe('true')
  // The answer depends on the origin: a CDN must keep one per origin.
  expect(hit.headers.get('vary')).toMatch(/(^|, )Origin(,|$)/)
  const other = await get(path, { Origin: 'https://otro.example' })
  expect(other.headers.get('x-pregonero-cache')).toBe('HIT')
  expect(other.headers.get('access-control-allow-origin')).toBeNull()
  expect((await counters()).frontDoor - before.frontDoor).toBe(2)
  // The route's own hit (a forged token sends the request through Next.js) says the same.
  const viaRoute = await get(path, { Origin: SITE, Authorization: 'JWT falso' })
  expect([viaRoute.headers.get('x-pregonero-cache'), viaRoute.headers.get('access-control-allow-origin')]).toEqual(['HIT', SITE])
})

it("the door's hits count against the anonymous budget; over it, Payload answers the 429", async () => {
  const path = '/api/pregonero/feeds/news.rss'
  const statuses: number[] = []
  for (let i = 0; i < 35; i++) statuses.push((await get(path)).status)
  // 30 a minute for this client (loopback), the earlier tests' anonymous reads included: it runs out here.
  expect(statuses).toContain(429)
  const refused = statuses.indexOf(429)
  expect(statuses.slice(refused).every((status) => status === 429)).toBe(true)
  const refusal = await fetch(`${app.url}${path}`)
  expect(refusal.status).toBe(429)
  expect(refusal.headers.get('retry-after')).toMatch(/^\d+$/)
})
