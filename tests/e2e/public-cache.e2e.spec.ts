import http from 'node:http'

import type { RunningApp } from '../helpers/appServer.js'

import { type PublicCacheFixtures, startPublicCacheApp } from './support/publicCacheApp.js'

/**
 * The cache of anonymous answers (issue 17) over real HTTP against the BUILT app (`next start`,
 * the app's route files): hits and ETag/304 for REST and GraphQL, signed-in users never served from
 * it, an admin's edit over REST visible to the next anonymous read, and the edit's public URLs sent
 * to a loopback "CDN" as PURGE requests.
 */
let app: RunningApp
let f: PublicCacheFixtures
let admin: string
let head: string
const purged: string[] = []
let cdn: http.Server

beforeAll(async () => {
  cdn = http.createServer((request, response) => {
    purged.push(`${request.method} ${request.url}`)
    response.end('{}')
  })
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve))
  const via = `http://127.0.0.1:${(cdn.address() as { port: number }).port}`
  ;({ app, fixtures: f, admin, head } = await startPublicCacheApp({ CDN_PURGE: 'purge', CDN_PURGE_VIA: via }))
}, 240_000)
afterAll(async () => {
  await app?.stop()
  await new Promise((resolve) => cdn?.close(resolve))
})

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${app.url}${path}`, { headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}
const graphql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${app.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) })

it('a repeated anonymous read is a hit with the same ETag; If-None-Match gets a 304', async () => {
  const first = await get('/api/contents?limit=3&sort=-publishedAt')
  const second = await get('/api/contents?sort=-publishedAt&limit=3')
  expect([first.headers.get('x-pregonero-cache'), second.headers.get('x-pregonero-cache')]).toEqual(['MISS', 'HIT'])
  expect(second.text).toBe(first.text)
  const etag = second.headers.get('etag')!
  expect((await get('/api/contents?limit=3&sort=-publishedAt', { 'If-None-Match': etag })).status).toBe(304)
})

it('GraphQL queries without credentials are cached; a signed-in user is never served from the cache', async () => {
  const query = '{ Contents(limit: 3) { docs { title } } }'
  expect((await graphql(query)).headers.get('x-pregonero-cache')).toBe('MISS')
  expect((await graphql(query)).headers.get('x-pregonero-cache')).toBe('HIT')
  expect((await graphql(query, { Authorization: `JWT ${admin}` })).headers.get('x-pregonero-cache')).toBeNull()
  expect((await get('/api/contents?limit=3', { Authorization: `JWT ${admin}` })).headers.get('x-pregonero-cache')).toBeNull()
  // a forged token verifies nothing: anonymous
  await get('/api/contents?limit=2')
  expect((await get('/api/contents?limit=2', { Authorization: 'JWT falso' })).headers.get('x-pregonero-cache')).toBe('HIT')
})

it("the head's unpublication over REST shows on the next anonymous read, and its public URLs are purged at the CDN", async () => {
  const [news] = f.news
  const path = `/api/pregonero/contents/by-slug/${news!.slug}`
  await get(path)
  expect((await get(path)).headers.get('x-pregonero-cache')).toBe('HIT')
  expect((await get('/api/pregonero/feeds/news.rss')).text).toContain(news!.slug)
  expect((await get('/api/pregonero/feeds/news.rss')).headers.get('x-pregonero-cache')).toBe('HIT')
  const unpublish = await fetch(`${app.url}/api/contents/${news!.id}`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${head}` },
    body: JSON.stringify({ stage: 'unpublished', workflowComment: 'Retirado: datos desactualizados' }),
  })
  expect(unpublish.status).toBe(200)
  expect((await get(path)).status).toBe(404)
  expect((await get('/api/pregonero/feeds/news.rss')).text).not.toContain(news!.slug)
  const deadline = Date.now() + 20_000
  while (!purged.includes(`PURGE /noticias/${news!.slug}`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100))
  for (const url of [`/api/pregonero/contents/by-slug/${news!.slug}`, `/api/contents/${news!.id}`, '/api/pregonero/feeds/news.rss', `/noticias/${news!.slug}`]) {
    expect(purged).toContain(`PURGE ${url}`)
  }
})
