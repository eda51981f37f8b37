/**
 * The cache of anonymous answers (issue 17, src/features/publicApi/cache/) around the app's real
 * REST and GraphQL route handlers, on a real Payload and SQLite: hits, ETag/304, credentials,
 * exact invalidation on publication, edit, unpublication, retirement, a consent revoked or ended
 * by the clock, dependencies through relationships, and a read racing a write. Every cached answer
 * is compared with what Payload answers without the cache at that moment.
 */
import type { SanitizedConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Booted } from '../../helpers/bootPayload.js'

import { bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeUser, SYSTEM, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg } from '../archive/fixtures.js'
import { withPublicCache } from '../../../src/features/publicApi/cache/withPublicCache.js'
import { publicCacheFor } from '../../../src/features/publicApi/cache/publicCache.js'
import { cacheSettingsOf } from '../../../src/features/publicApi/cache/withPublicCache.js'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

let app: Booted
let config: SanitizedConfig
let spool: string
let token: string
let cached: Handler
let bare: Handler
let graphqlCached: (request: Request) => Promise<Response>
let seed = 1

const args = (path: string) => ({ params: Promise.resolve({ slug: path.split('?')[0]!.split('/').filter(Boolean) }) })
const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000/api/${path}`, { headers })
const read = async (handler: Handler, path: string, headers: Record<string, string> = {}) => {
  const response = await handler(request(path, headers), args(path))
  return { status: response.status, headers: response.headers, text: await response.text() }
}
/** The cached answer, checked against Payload's own answer without the cache, read right after. */
const anonymous = async (path: string) => {
  const viaCache = await read(cached, path)
  const direct = await read(bare, path)
  expect([path, viaCache.status, viaCache.text]).toEqual([path, direct.status, direct.text])
  return { ...viaCache, json: viaCache.status === 200 && viaCache.headers.get('content-type')?.includes('json') ? JSON.parse(viaCache.text) : undefined }
}
const state = (response: { headers: Headers }) => response.headers.get('x-pregonero-cache')
const iso = (ms: number) => new Date(ms).toISOString()
const consent = (extra: Record<string, unknown> = {}) => ({
  person: 'Rosa Delgado',
  channels: ['web'],
  purposes: ['institutional'],
  validFrom: iso(Date.now() - 30 * 86_400_000),
  ...extra,
})
const publicAsset = async (title: string, records: Record<string, unknown>[] = [consent()], extra: Record<string, unknown> = {}) =>
  (await app.payload.create({
    collection: 'archive-assets',
    data: assetData({ title, accessLevel: 'public', consent: 'consent-on-file', consentRecords: records, ...extra }) as never,
    file: fileOf(await makeJpeg(200, 150, { seed: seed++ }), `${title}.jpg`, 'image/jpeg'),
    overrideAccess: true,
  })) as unknown as { id: number; title: string }
const publish = (title: string, data: Record<string, unknown> = {}) =>
  makeContent(app.payload, { title, slug: title.toLowerCase().replace(/\s+/g, '-'), channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString(), ...data })
const update = (collection: string, id: unknown, data: Record<string, unknown>) =>
  app.payload.update({ collection: collection as never, id: id as number, data: data as never, overrideAccess: true, ...SYSTEM })

beforeAll(async () => {
  spool = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-cache-spool-'))
  app = await bootPayload({ PREGONERO_UPLOAD_TMP_DIR: spool, RATE_LIMIT_ENABLED: 'false', PREGONERO_DISABLE_JOBS: 'true' })
  config = app.payload.config
  cached = withPublicCache(config, REST_GET(config) as unknown as Handler)
  bare = REST_GET(config) as unknown as Handler
  graphqlCached = withPublicCache(config, GRAPHQL_POST(config), { graphql: true })
  const editor = await makeUser(app.payload, ['editor'], { email: 'cache-editor@pregonero.test' })
  token = (await app.payload.login({ collection: 'users', data: { email: editor.email, password: TEST_PASSWORD } })).token!
}, 120_000)
afterAll(async () => {
  await app?.close()
  await fs.rm(spool, { recursive: true, force: true })
})

describe('answers from the cache', () => {
  it('a second anonymous read is a hit with the same bytes and ETag; If-None-Match gets a 304', async () => {
    await publish('Lluvias en Pasto')
    const first = await anonymous('contents?limit=5&sort=-publishedAt')
    expect(state(first)).toBe('MISS')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+"$/)
    // the same query with its parameters in another order is the same answer
    const second = await anonymous('contents?sort=-publishedAt&limit=5')
    expect(state(second)).toBe('HIT')
    expect(second.headers.get('etag')).toBe(etag)
    const revalidated = await cached(request('contents?limit=5&sort=-publishedAt', { 'If-None-Match': etag }), args('contents'))
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
    expect((await cached(request('contents?limit=5&sort=-publishedAt', { 'If-None-Match': '"otro"' }), args('contents'))).status).toBe(200)
  })

  it('verified credentials never touch the cache; a token that does not verify is anonymous', async () => {
    const draft = await makeContent(app.payload, { title: 'Borrador privado' })
    await anonymous('contents?limit=50')
    const signedIn = await read(cached, 'contents?limit=50', { Authorization: `JWT ${token}` })
    expect(state(signedIn)).toBeNull()
    expect(JSON.parse(signedIn.text).docs.map((doc: { id: number }) => doc.id)).toContain(draft.id)
    const forged = await read(cached, 'contents?limit=50', { Authorization: 'JWT no-es-un-token', Cookie: 'payload-token=basura' })
    expect(state(forged)).toBe('HIT')
    expect(JSON.parse(forged.text).docs.map((doc: { id: number }) => doc.id)).not.toContain(draft.id)
  })

  it('caches the plugin reads (by slug, listing, feeds, sitemap, open data) and GraphQL queries, never mutations', async () => {
    const news = await publish('Feria artesanal')
    for (const path of [`pregonero/contents/by-slug/${news.slug}`, 'pregonero/contents?limit=5', 'pregonero/feeds/news.rss', 'pregonero/feeds/news.atom', 'pregonero/sitemap.xml', 'pregonero/open-data']) {
      expect([path, state(await anonymous(path))]).toEqual([path, 'MISS'])
      expect([path, state(await anonymous(path))]).toEqual([path, 'HIT'])
    }
    const gql = (query: string) =>
      graphqlCached(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))
    const query = '{ Contents(limit: 3) { docs { title } } }'
    expect(state(await gql(query))).toBe('MISS')
    const hit = await gql(`  ${query}\n`)
    expect(state(hit)).toBe('HIT')
    expect((await hit.json()).data.Contents.docs.length).toBeGreaterThan(0)
    const mutation = await gql(`mutation { updateContents(id: ${news.id}, data: { title: "x" }) { title } }`)
    expect(state(mutation)).toBeNull()
  })
})

it("a hit carries the answer's own headers (an open dataset's Last-Modified, Link and file name), not one response's", async () => {
  await publish('Datos de la temporada de lluvias')
  const path = 'pregonero/open-data/published-contents.csv'
  const miss = await anonymous(path)
  const hit = await anonymous(path)
  expect([state(miss), state(hit)]).toEqual(['MISS', 'HIT'])
  for (const name of ['last-modified', 'link', 'content-disposition', 'content-type', 'cache-control']) {
    expect([name, hit.headers.get(name)]).toEqual([name, miss.headers.get(name)])
    expect([name, hit.headers.get(name)]).not.toEqual([name, null])
  }
})

describe('exact invalidation, before the write returns', () => {
  it('publication, edit, unpublication and deletion show on the very next read; unrelated answers stay', async () => {
    const draft = await makeContent(app.payload, { title: 'Cierre vial', slug: 'cierre-vial', channels: ['web'] })
    const other = await publish('Concierto en la plaza')
    await anonymous('pregonero/feeds/news.rss')
    await anonymous(`contents/${other.id}`)
    expect((await anonymous('pregonero/contents/by-slug/cierre-vial')).status).toBe(404)

    await update('contents', draft.id, { _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    expect((await anonymous('pregonero/feeds/news.rss')).text).toContain('Cierre vial')
    // another document's answer did not depend on it
    expect(state(await anonymous(`contents/${other.id}`))).toBe('HIT')

    await anonymous('pregonero/contents/by-slug/cierre-vial')
    await update('contents', draft.id, { title: 'Cierre vial corregido' })
    const edited = await anonymous('pregonero/contents/by-slug/cierre-vial')
    expect(state(edited)).toBe('MISS')
    expect(edited.json.title).toBe('Cierre vial corregido')

    await update('contents', draft.id, { _status: 'draft', stage: 'unpublished' })
    expect((await anonymous('pregonero/contents/by-slug/cierre-vial')).status).toBe(404)
    expect((await anonymous('pregonero/feeds/news.rss')).text).not.toContain('Cierre vial')

    await anonymous(`contents/${other.id}`)
    await app.payload.delete({ collection: 'contents', id: other.id as number, overrideAccess: true, ...SYSTEM })
    expect((await anonymous(`contents/${other.id}`)).status).toBe(404)
  })

  it('a content depends on the asset it shows: consent revoked, asset retired, or an asset becoming public shows at once', async () => {
    const asset = await publicAsset('Desfile de Blancos')
    const news = await publish('Carnaval', { heroImage: asset.id })
    const path = `pregonero/contents/by-slug/${news.slug}?depth=1`
    expect((await anonymous(path)).json.heroImage.title).toBe('Desfile de Blancos')
    expect(state(await anonymous(path))).toBe('HIT')

    await update('archive-assets', asset.id, { consentRecords: [consent({ revokedAt: iso(Date.now() - 1000) })] })
    const revoked = await anonymous(path)
    expect(state(revoked)).toBe('MISS')
    expect(revoked.json.heroImage?.title).toBeUndefined()

    // an asset hidden when the answer was cached becomes visible: the answer had asked for it
    await update('archive-assets', asset.id, { consentRecords: [consent()] })
    expect((await anonymous(path)).json.heroImage.title).toBe('Desfile de Blancos')

    await update('archive-assets', asset.id, { status: 'retired', retiredReason: 'Fin de la serie documental' })
    expect((await anonymous(path)).json.heroImage?.title).toBeUndefined()
  })

  it('relationships at depth 2 are dependencies too (the asset\'s department, asked for at depth 2)', async () => {
    const department = await makeDepartment(app.payload, 'PRE', 'Prensa')
    const asset = await publicAsset('Rueda de prensa', [consent()], { department: department.id })
    const news = await publish('Balance de lluvias', { heroImage: asset.id })
    const deep = `pregonero/contents/by-slug/${news.slug}?depth=2`
    const shallow = `pregonero/contents/by-slug/${news.slug}?depth=0`
    await anonymous(deep)
    await anonymous(shallow)
    await update('departments', department.id, { name: 'Prensa y comunicaciones' })
    expect(state(await anonymous(deep))).toBe('MISS')
    expect(state(await anonymous(shallow))).toBe('HIT')
  })

  it('a consent ending by the clock: the answer expires at that instant, with no write', async () => {
    const asset = await publicAsset('Festival de luces', [consent({ validUntil: iso(Date.now() + 2500) })])
    const news = await publish('Festival', { heroImage: asset.id })
    const path = `pregonero/contents/by-slug/${news.slug}`
    expect((await anonymous(path)).json.heroImage.title).toBe('Festival de luces')
    expect(state(await anonymous(path))).toBe('HIT')
    await new Promise((resolve) => setTimeout(resolve, 2700))
    const after = await anonymous(path)
    expect(state(after)).toBe('MISS')
    expect(after.json.heroImage?.title).toBeUndefined()
  })

  it("a read between the write's hooks and its commit (the old state) does not outlive the commit", async () => {
    const news = await publish('Toque de queda')
    const path = `contents/${news.id}`
    await anonymous(path)
    const db = app.payload.db as unknown as { commitTransaction: (id: unknown) => Promise<void> }
    const commit = db.commitTransaction
    let inside: string | undefined
    // Wraps the wrapped commit: this read runs after the hooks' invalidation, before the commit.
    db.commitTransaction = async (id) => {
      inside ??= (await read(cached, path)).text
      return commit.call(db, id)
    }
    try {
      await update('contents', news.id, { title: 'Toque de queda levantado' })
    } finally {
      db.commitTransaction = commit
    }
    // the window exists: that read saw (and stored) the state before the commit
    expect(JSON.parse(inside!).title).toBe('Toque de queda')
    const after = await anonymous(path)
    expect(after.json.title).toBe('Toque de queda levantado')
  })

  it('a read racing a write never outlives the write', async () => {
    const news = await publish('Alerta naranja')
    const path = `contents/${news.id}`
    for (let round = 0; round < 5; round++) {
      await anonymous(path)
      const racing = [read(cached, path), read(cached, path)]
      const write = update('contents', news.id, { title: `Alerta naranja ${round}` })
      racing.push(read(cached, path))
      await write
      await Promise.all(racing)
      expect(JSON.parse((await anonymous(path)).text).title).toBe(`Alerta naranja ${round}`)
    }
  })
})

describe('404 answers (a slug or document the public cannot see yet)', () => {
  it('are cached like any answer, and go the moment the slug is published or the document becomes visible', async () => {
    const path = 'pregonero/contents/by-slug/deslizamiento-en-la-via'
    expect((await anonymous(path)).status).toBe(404)
    const again = await anonymous(path)
    expect([again.status, state(again)]).toEqual([404, 'HIT'])
    // a slug that did not exist: the content is created and published (a new document in the list)
    const created = await publish('Deslizamiento en la via')
    const found = await anonymous(path)
    expect([found.status, found.json?.id]).toEqual([200, created.id])

    // a draft read by id: 404 cached, then visible once published
    const draft = await makeContent(app.payload, { title: 'Evacuación preventiva', slug: 'evacuacion-preventiva', channels: ['web'] })
    await anonymous(`contents/${draft.id}`)
    expect([(await anonymous(`contents/${draft.id}`)).status, state(await anonymous(`contents/${draft.id}`))]).toEqual([404, 'HIT'])
    await update('contents', draft.id, { _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    expect((await anonymous(`contents/${draft.id}`)).json?.title).toBe('Evacuación preventiva')

    // a photo hidden by a revoked consent: 404 cached, then visible once the consent is restored
    const asset = await publicAsset('Puente colapsado', [consent({ revokedAt: iso(Date.now() - 60_000) })])
    await anonymous(`archive-assets/${asset.id}`)
    expect(state(await anonymous(`archive-assets/${asset.id}`))).toBe('HIT')
    await update('archive-assets', asset.id, { consentRecords: [consent()] })
    expect((await anonymous(`archive-assets/${asset.id}`)).json?.title).toBe('Puente colapsado')
  })

  it('a cached 404 never answers If-None-Match with a 304', async () => {
    const path = 'pregonero/contents/by-slug/no-existe-todavia'
    const first = await read(cached, path)
    const second = await read(cached, path, { 'If-None-Match': first.headers.get('etag') ?? '*' })
    expect([first.status, second.status, state(second)]).toEqual([404, 404, 'HIT'])
  })
})

describe('settings', () => {
  it('reads its settings from the plugin options, and bounds its memory', async () => {
    const settings = cacheSettingsOf(config)!
    expect(settings).toMatchObject({ enabled: true, maxBytes: 64 * 1024 * 1024, ttlSeconds: 600 })
    const stats = await publicCacheFor(settings).stats()
    expect(stats.bytes).toBeGreaterThan(0)
    expect(stats.bytes).toBeLessThanOrEqual(stats.maxBytes)
  })
})
