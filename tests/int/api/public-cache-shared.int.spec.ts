/**
 * Cross-instance invalidation of the answer cache (issue 17, `shared/invalidationLog.ts`) on a real
 * Payload and SQLite: besides this process's own cache (instance A, whose hooks see the writes),
 * two more caches play instances B and C — each with its own memory and its own reader of the
 * database's invalidation log, exactly as another process would have. They learn of A's writes ONLY
 * through the log (Payload's `kv`). B checks the log on every read; C only polls it.
 * (The same across real processes: tests/e2e/public-cache-instances.e2e.spec.ts.)
 */
import type { SanitizedConfig } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { REST_GET } from '@payloadcms/next/routes'

import type { Booted } from '../../helpers/bootPayload.js'
import type { PublicCacheSettings } from '../../../src/features/publicApi/cache/publicCache.js'

import { bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, SYSTEM } from '../../helpers/fixtures.js'
import { publicCacheFor } from '../../../src/features/publicApi/cache/publicCache.js'
import { databaseKeyLister, InvalidationLog } from '../../../src/features/publicApi/cache/shared/invalidationLog.js'
import { cacheSettingsOf, withPublicCache } from '../../../src/features/publicApi/cache/withPublicCache.js'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let app: Booted
let config: SanitizedConfig
const instances: Record<'B' | 'C', { handler: Handler; log: InvalidationLog }> = {} as never

const args = (path: string) => ({ params: Promise.resolve({ slug: path.split('?')[0]!.split('/').filter(Boolean) }) })
const read = async (handler: Handler, path: string) => {
  const response = await handler(new Request(`http://localhost:3000/api/${path}`), args(path))
  return { status: response.status, cache: response.headers.get('x-pregonero-cache'), text: await response.text() }
}
const update = (id: unknown, data: Record<string, unknown>) =>
  app.payload.update({ collection: 'contents', id: id as number, data: data as never, overrideAccess: true, ...SYSTEM })

/** Another instance: its own cache (namespace), its own log reader on the shared database. */
const instance = async (name: string, shared: NonNullable<PublicCacheSettings['shared']>) => {
  const settings: PublicCacheSettings = { ...cacheSettingsOf(config)!, namespace: `instance-${name}`, shared }
  const cache = publicCacheFor(settings)
  const log = new InvalidationLog(app.payload.kv, { invalidate: (tags) => cache.invalidate(tags), dropAll: () => cache.dropAll() }, shared, 'pregonero-cache:default:', name === 'B' ? databaseKeyLister(app.payload) : undefined)
  await log.start()
  cache.log = log
  const custom = config.custom as { pregonero: Record<string, unknown> }
  const own = { ...config, custom: { ...custom, pregonero: { ...custom.pregonero, publicCache: settings } } } as SanitizedConfig
  return { handler: withPublicCache(own, REST_GET(config) as unknown as Handler), log }
}

beforeAll(async () => {
  app = await bootPayload({ RATE_LIMIT_ENABLED: 'false', PREGONERO_DISABLE_JOBS: 'true', PUBLIC_CACHE_SHARED: 'true' })
  config = app.payload.config
  instances.B = await instance('B', { pollMs: 60_000, checkOnRead: true, retainMs: 60_000 })
  instances.C = await instance('C', { pollMs: 250, checkOnRead: false, retainMs: 60_000 })
}, 120_000)
afterAll(async () => {
  instances.B?.log.stop()
  instances.C?.log.stop()
  await app?.close()
})

it('the plugin option turns the log on: this instance publishes each committed write to the database', async () => {
  const settings = cacheSettingsOf(config)!
  expect(settings.shared).toEqual({ pollMs: 100, checkOnRead: true, retainMs: 60_000 })
  const before = publicCacheFor(settings).log!.counters.published
  await makeContent(app.payload, { title: 'Aviso', slug: 'aviso-log', channels: ['web'] })
  expect(publicCacheFor(settings).log!.counters.published).toBeGreaterThan(before)
  expect((await app.payload.kv.keys()).some((key) => key.startsWith('pregonero-cache:default:inv:'))).toBe(true)
})

it("another instance that checks on read never serves, after a write returned, an answer that write made stale (publication of a missing slug, edit, unpublication)", async () => {
  const { handler } = instances.B
  const path = 'pregonero/contents/by-slug/creciente-del-rio'
  const draft = await makeContent(app.payload, { title: 'Creciente del río', slug: 'creciente-del-rio', channels: ['web'] })
  await read(handler, path)
  expect(await read(handler, path)).toMatchObject({ status: 404, cache: 'HIT' })

  await update(draft.id, { _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
  const published = await read(handler, path)
  expect([published.status, JSON.parse(published.text).title]).toEqual([200, 'Creciente del río'])
  expect((await read(handler, path)).cache).toBe('HIT')

  await update(draft.id, { title: 'Creciente del río: evacuación' })
  expect(JSON.parse((await read(handler, path)).text).title).toBe('Creciente del río: evacuación')

  const feed = 'pregonero/feeds/news.rss'
  await read(handler, feed)
  expect(await read(handler, feed)).toMatchObject({ cache: 'HIT' })
  await update(draft.id, { _status: 'draft', stage: 'unpublished' })
  expect((await read(handler, path)).status).toBe(404)
  expect((await read(handler, feed)).text).not.toContain('Creciente del río')
  expect(instances.B.log.counters.applied).toBeGreaterThanOrEqual(3)
})

it('concurrent reads on that instance share one look at the log, and still never get an answer older than their start', async () => {
  const { handler, log } = instances.B
  const news = await makeContent(app.payload, { title: 'Lluvias 0', slug: 'lluvias', channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
  const path = `contents/${news.id}`
  for (let round = 1; round <= 5; round++) {
    await read(handler, path)
    const checks = log.counters.checks
    const racing = Array.from({ length: 10 }, () => read(handler, path))
    await update(news.id, { title: `Lluvias ${round}` })
    const after = await Promise.all(Array.from({ length: 20 }, () => read(handler, path)))
    await Promise.all(racing)
    for (const answer of after) expect(JSON.parse(answer.text).title).toBe(`Lluvias ${round}`)
    // 30 reads, far fewer looks at the database
    expect(log.counters.checks - checks).toBeLessThan(15)
  }
})

it('an instance that only polls the log shows the change within one second of the write', async () => {
  const { handler } = instances.C
  const news = await makeContent(app.payload, { title: 'Boletín 1', slug: 'boletin-poll', channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
  const path = `contents/${news.id}`
  await read(handler, path)
  expect((await read(handler, path)).cache).toBe('HIT')
  for (let round = 2; round <= 4; round++) {
    await update(news.id, { title: `Boletín ${round}` })
    const returned = Date.now()
    let title = ''
    while (title !== `Boletín ${round}` && Date.now() - returned < 1000) {
      title = JSON.parse((await read(handler, path)).text).title
      if (title !== `Boletín ${round}`) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect({ round, title, withinOneSecond: Date.now() - returned <= 1000 }).toEqual({ round, title: `Boletín ${round}`, withinOneSecond: true })
  }
})

it("with the database kv, only the log's rows are listed (other keys of the store are not read)", async () => {
  const list = databaseKeyLister(app.payload)!
  await app.payload.kv.set('ratelimit:anon:198.51.100.7', { hits: 3 })
  await app.payload.kv.set('pregonero-cache:other:inv:000000000000001:x:1', { tags: [], origin: 'x', at: 1 })
  const keys = await list('pregonero-cache:default:inv:')
  expect(keys.length).toBeGreaterThan(0)
  expect(keys.every((key) => key.startsWith('pregonero-cache:default:inv:'))).toBe(true)
})

it('old entries leave the log; an instance that could not read it for half that time drops every answer', async () => {
  const shared = { pollMs: 60_000, checkOnRead: true, retainMs: 400 }
  const settings: PublicCacheSettings = { ...cacheSettingsOf(config)!, namespace: 'instance-D', shared }
  const cache = publicCacheFor(settings)
  const log = new InvalidationLog(app.payload.kv, { invalidate: (tags) => cache.invalidate(tags), dropAll: () => cache.dropAll() }, shared, 'pregonero-cache:prune-test:')
  await log.start()
  await log.publish(['list:contents'])
  await cache.store.set('k', { status: 200, headers: [], body: new Uint8Array(1), etag: '"e"', tags: ['doc:x:1'], expiresAt: Date.now() + 60_000, storedAt: Date.now() })
  await new Promise((resolve) => setTimeout(resolve, 500))
  await log.check()
  // nothing newer than 250 ms was seen: the answer it held cannot be trusted
  expect(await cache.store.get('k')).toBeUndefined()
  await log.publish(['list:contents'])
  await new Promise((resolve) => setTimeout(resolve, 5_100))
  await log.publish(['list:contents'])
  await log.check()
  const left = (await app.payload.kv.keys()).filter((key) => key.startsWith('pregonero-cache:prune-test:inv:'))
  expect(left.length).toBeLessThanOrEqual(2)
  log.stop()
}, 30_000)
