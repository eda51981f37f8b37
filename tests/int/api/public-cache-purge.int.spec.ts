/**
 * CDN purge of the answer cache (issue 17, item 3) against a real HTTP server on loopback: after a
 * write commits, the public URLs it made stale are sent as "PURGE <url>" through the job
 * `publicCachePurge` without the editor waiting for the CDN; a refusal is retried by the jobs
 * queue. The Cloudflare and webhook adapters speak their APIs to the same kind of server.
 */
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import type { Booted } from '../../helpers/bootPayload.js'

import { bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, SYSTEM } from '../../helpers/fixtures.js'
import { cloudflarePurge, webhookPurge } from '../../../src/features/publicApi/cache/purge/adapters.js'

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders; body: string; at: number }

/** A loopback server that records every request; `answer` decides each reply (status, body, delay). */
const cdn = async () => {
  const seen: Seen[] = []
  let answer: (request: Seen) => { status: number; body?: string; delayMs?: number } = () => ({ status: 200 })
  const server = http.createServer((incoming, outgoing) => {
    let body = ''
    incoming.on('data', (chunk) => (body += chunk))
    incoming.on('end', () => {
      const request = { method: incoming.method!, url: incoming.url!, headers: incoming.headers, body, at: performance.now() }
      seen.push(request)
      const reply = answer(request)
      setTimeout(() => {
        outgoing.writeHead(reply.status, { 'Content-Type': 'application/json' })
        outgoing.end(reply.body ?? '{}')
      }, reply.delayMs ?? 0)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    seen,
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    answerWith: (next: typeof answer) => (answer = next),
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}

const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 15_000) => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify((await purgeJobs()).map((job) => [job.id, job.totalTried, job.hasError, job.completedAt, job.log]))} ${server.seen.length}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

let app: Booted
let payload: Payload
let server: Awaited<ReturnType<typeof cdn>>

beforeAll(async () => {
  server = await cdn()
  app = await bootPayload({ CDN_PURGE: 'purge', CDN_PURGE_VIA: server.origin, CDN_PURGE_RETRIES: '3', PREGONERO_DISABLE_JOBS: 'true', RATE_LIMIT_ENABLED: 'false' })
  payload = app.payload
}, 120_000)
afterAll(async () => {
  await app?.close()
  await server?.close()
})

const purgeJobs = async () =>
  (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publicCachePurge' } }, sort: '-createdAt', limit: 10, overrideAccess: true })).docs as any[]

describe('PURGE <url> after a write', () => {
  it('a published edit sends its public URLs (REST, by slug, feeds, sitemap, website page) once committed, and the editor does not wait for the CDN', async () => {
    const news = await makeContent(payload, { title: 'Boletín 12', slug: 'boletin-12', channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    // (Payload deletes a job once it completes.)
    await until(async () => server.seen.some((request) => request.url.endsWith('/noticias/boletin-12')) && (await purgeJobs()).length === 0, 'the creation purge')
    server.seen.length = 0
    // The CDN takes 1.5 s to answer each purge: the edit must not wait for it.
    server.answerWith(() => ({ status: 200, delayMs: 1500 }))
    await payload.update({ collection: 'contents', id: news.id as number, data: { title: 'Boletín 12 (corregido)' } as never, overrideAccess: true, ...SYSTEM })
    const returnedAt = performance.now()
    await until(() => server.seen.length > 0, 'the first PURGE')
    const firstAnsweredAt = server.seen[0]!.at + 1500
    expect(returnedAt).toBeLessThan(firstAnsweredAt)
    // one request per URL, in order: the website page is the last
    await until(() => server.seen.some((request) => request.url === '/noticias/boletin-12'), 'every PURGE', 30_000)
    const purged = server.seen.map((request) => `${request.method} ${request.url}`)
    for (const path of [
      `/api/contents/${news.id}`,
      '/api/contents',
      '/api/pregonero/contents/by-slug/boletin-12',
      '/api/pregonero/contents',
      '/api/pregonero/feeds/news.rss',
      '/api/pregonero/feeds/news.atom',
      '/api/pregonero/sitemap.xml',
      '/noticias/boletin-12',
    ]) {
      expect(purged).toContain(`PURGE ${path}`)
    }
    expect(server.seen[0]!.headers['x-purge-host']).toBe('localhost:3000')
    server.answerWith(() => ({ status: 200 }))
  }, 60_000)

  it('a CDN that refuses: the job fails, and the jobs queue retries it until it goes through', async () => {
    await until(async () => (await purgeJobs()).length === 0, 'earlier purges to settle')
    server.seen.length = 0
    server.answerWith(() => ({ status: 503, body: '{"error":"busy"}' }))
    const news = await makeContent(payload, { title: 'Boletín 13', slug: 'boletin-13', channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    await until(() => server.seen.length > 0, 'the first attempt')
    await until(async () => (await purgeJobs())[0]?.totalTried >= 1 && !(await purgeJobs())[0]?.processing, 'the failed attempt to be recorded')
    const [failed] = await purgeJobs()
    expect(failed.completedAt ?? null).toBeNull()
    expect(JSON.stringify(failed.log ?? failed.error)).toMatch(/503/)
    server.answerWith(() => ({ status: 200 }))
    await new Promise((resolve) => setTimeout(resolve, 1200)) // the retry's backoff
    await payload.jobs.run({ queue: 'pregonero' })
    // completed, so deleted by Payload
    expect(await purgeJobs()).toEqual([])
    // the first attempt stopped at the refused first URL; the retry sent them all
    expect(server.seen.filter((request) => request.url === '/api/contents').length).toBeGreaterThanOrEqual(2)
    expect(server.seen.map((request) => request.url)).toContain(`/api/contents/${news.id}`)
  }, 60_000)
})

describe('adapters', () => {
  it('Cloudflare: POST /zones/<zone>/purge_cache with a Bearer token, at most 30 files a call; success:false is a failure', async () => {
    server.seen.length = 0
    server.answerWith(() => ({ status: 200, body: '{"success":true,"errors":[],"messages":[],"result":{"id":"x"}}' }))
    const urls = Array.from({ length: 45 }, (_, i) => `https://pasto.gov.co/noticias/n-${i}`)
    await cloudflarePurge({ zoneId: 'zona1', apiToken: 'tok', apiBase: `${server.origin}/client/v4` })(urls)
    expect(server.seen.map((request) => `${request.method} ${request.url}`)).toEqual(['POST /client/v4/zones/zona1/purge_cache', 'POST /client/v4/zones/zona1/purge_cache'])
    expect(server.seen[0]!.headers.authorization).toBe('Bearer tok')
    expect(JSON.parse(server.seen[0]!.body).files).toEqual(urls.slice(0, 30))
    expect(JSON.parse(server.seen[1]!.body).files).toEqual(urls.slice(30))
    server.answerWith(() => ({ status: 200, body: '{"success":false,"errors":[{"code":1134,"message":"zone"}]}' }))
    await expect(cloudflarePurge({ zoneId: 'zona1', apiToken: 'tok', apiBase: `${server.origin}/client/v4` })(urls.slice(0, 1))).rejects.toThrow(/Cloudflare/)
  })

  it('webhook: POST { urls } as JSON; a non-2xx is a failure', async () => {
    server.seen.length = 0
    server.answerWith(() => ({ status: 204 }))
    await webhookPurge({ url: `${server.origin}/purge`, headers: { 'X-Secret': 's' } })(['https://pasto.gov.co/a'])
    expect(server.seen[0]).toMatchObject({ method: 'POST', url: '/purge', body: '{"urls":["https://pasto.gov.co/a"]}' })
    expect(server.seen[0]!.headers['x-secret']).toBe('s')
    server.answerWith(() => ({ status: 500 }))
    await expect(webhookPurge({ url: `${server.origin}/purge` })(['https://pasto.gov.co/a'])).rejects.toThrow(/500/)
  })
})
