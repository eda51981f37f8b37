import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'

import type { TestUser } from '../archive/fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent } from '../../helpers/fixtures.js'
import { fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'
import { daysFromNow } from './fixtures.js'

jest.setTimeout(180_000)

const RESERVED = {
  classification: 'reserved',
  classificationDetails: { legalBasis: 'Ley 1712 de 2014, art. 19, lit. a (defensa y seguridad nacional)', scope: 'total', until: daysFromNow(365) },
}

describe('classification (Ley 1712/2014 arts. 6, 18–19): non-public is never readable anonymously', () => {
  let app: Booted
  let payload: Payload
  let config: any
  let users: Record<string, TestUser>
  let publicContent: any
  let reservedContent: any
  let classifiedContent: any
  let publicAsset: any
  let reservedAsset: any

  const rest = async (path: string) => {
    const request = new Request(`http://localhost:3000/api/${path}`, { method: 'GET' })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    return REST_GET(config)(request, { params: Promise.resolve({ slug }) })
  }
  const graphql = async (query: string) =>
    (await GRAPHQL_POST(config)(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }))).json()

  const published = (title: string, slug: string, extra: Record<string, unknown> = {}) =>
    makeContent(payload, { title, slug, stage: 'published', _status: 'published', publishedAt: new Date().toISOString(), ...extra })

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    config = payload.config
    users = await makeUsers(payload)
    publicContent = await published('Boletín público', 'boletin-publico')
    reservedContent = await published('Informe reservado', 'informe-reservado', RESERVED)
    classifiedContent = await published('Acta clasificada', 'acta-clasificada', {
      classification: 'classified', classificationDetails: { legalBasis: 'Ley 1712, art. 18, lit. a (intimidad)', scope: 'partial', until: daysFromNow(30) },
    })
    const upload = async (title: string, extra: Record<string, unknown>, seed: number) =>
      payload.create({
        collection: 'archive-assets',
        data: { title, kind: 'photo', accessLevel: 'public', consent: 'none-identifiable', alt: title, ...extra } as never,
        file: fileOf(await makeJpeg(320, 240, { seed }), `${title.replace(/\W+/g, '-')}.jpg`, 'image/jpeg'),
        user: users.designer,
        overrideAccess: false,
      })
    publicAsset = await upload('Foto publica', {}, 11)
    reservedAsset = await upload('Foto reservada', RESERVED, 12)
  }, 240_000)
  afterAll(() => app.close())

  it('contents and assets are public by default; a non-public one needs legal basis, scope and term (400 naming the field)', async () => {
    expect(publicContent.classification).toBe('public')
    expect(publicAsset.classification).toBe('public')
    const missing = await payload
      .create({ collection: 'contents', data: { title: 'Sin fundamento', kind: 'news', audience: 'external', stage: 'draft', classification: 'reserved' } as never, user: users.editor, overrideAccess: false })
      .catch((error: any) => error)
    expect(missing.status).toBe(400)
    const paths = (missing.data?.errors ?? []).map((e: any) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['classificationDetails.legalBasis', 'classificationDetails.scope', 'classificationDetails.until']))
    expect(JSON.stringify(missing.data)).toMatch(/Ley 1712/)
    const assetMissing = await payload
      .update({ collection: 'archive-assets', id: publicAsset.id, data: { classification: 'classified', classificationDetails: { scope: 'total', until: daysFromNow(10) } } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(assetMissing.status).toBe(400)
    expect((assetMissing.data?.errors ?? []).map((e: any) => e.path)).toEqual(['classificationDetails.legalBasis'])
  })

  it('anonymous callers never read a classified or reserved content: Local API, REST, by id, by slug, GraphQL, feeds, sitemap, open data', async () => {
    const local = await payload.find({ collection: 'contents', overrideAccess: false, pagination: false })
    expect(local.docs.map((d: any) => d.title)).toEqual(['Boletín público'])
    await expect(payload.findByID({ collection: 'contents', id: reservedContent.id, overrideAccess: false })).rejects.toMatchObject({ status: 404 })

    const list = await (await rest('contents?limit=100')).json()
    expect(list.docs.map((d: any) => d.title)).toEqual(['Boletín público'])
    expect((await rest(`contents/${reservedContent.id}`)).status).toBe(404)
    expect((await rest(`contents/${classifiedContent.id}`)).status).toBe(404)
    expect((await rest('pregonero/contents/by-slug/informe-reservado')).status).toBe(404)
    expect((await rest('pregonero/contents/by-slug/boletin-publico')).status).toBe(200)
    const search = await (await rest('pregonero/contents?limit=50')).json()
    expect(JSON.stringify(search)).not.toMatch(/reservado|clasificada/)

    const gql = await graphql('{ Contents(limit: 100) { docs { title } } }')
    expect(gql.data.Contents.docs.map((d: any) => d.title)).toEqual(['Boletín público'])
    const byId = await graphql(`{ Content(id: ${JSON.stringify(reservedContent.id)}) { title } }`)
    expect(byId.data?.Content ?? null).toBeNull()

    for (const path of ['pregonero/feeds/news.rss', 'pregonero/feeds/news.atom', 'pregonero/sitemap.xml', 'pregonero/open-data/published-contents.csv']) {
      const body = await (await rest(path)).text()
      expect([path, /Boletín público|boletin-publico/.test(body)]).toEqual([path, true])
      expect([path, /reservado|clasificada/i.test(body)]).toEqual([path, false])
    }
  })

  it('staff still read them by role; anonymous never reads a reserved asset nor its files', async () => {
    const staff = await payload.find({ collection: 'contents', user: users.editor, overrideAccess: false, pagination: false })
    expect(staff.docs.map((d: any) => d.title)).toEqual(expect.arrayContaining(['Informe reservado', 'Acta clasificada']))

    const assets = await payload.find({ collection: 'archive-assets', overrideAccess: false, pagination: false })
    expect(assets.docs.map((d: any) => d.title)).toEqual(['Foto publica'])
    expect((await rest(`archive-assets/${reservedAsset.id}`)).status).toBe(404)
    const gql = await graphql('{ ArchiveAssets(limit: 100) { docs { title } } }')
    expect(gql.data.ArchiveAssets.docs.map((d: any) => d.title)).toEqual(['Foto publica'])
    expect((await rest(`archive-assets/file/${publicAsset.sizes.card.filename}`)).status).toBe(200)
    expect((await rest(`archive-assets/file/${reservedAsset.sizes.card.filename}`)).status).toBe(403)
    // A public content that uses a reserved asset never hands it out through its relationship.
    const withHero = await makeContent(payload, { title: 'Con imagen', stage: 'published', _status: 'published', publishedAt: new Date().toISOString(), heroImage: reservedAsset.id, heroImageAlt: 'x' })
    const read = (await payload.findByID({ collection: 'contents', id: withHero.id, overrideAccess: false, depth: 1 })) as any
    expect(typeof read.heroImage === 'object' && read.heroImage !== null ? read.heroImage.title : null).not.toBe('Foto reservada')
    expect(((await payload.findByID({ collection: 'archive-assets', id: reservedAsset.id, user: users.head, overrideAccess: false })) as any).title).toBe('Foto reservada')
  })

  it('the classification feeds the Índice de Información Clasificada y Reservada: titles for the office and auditors, the public Índice without them', async () => {
    const { createLocalReq } = await import('payload')
    const endpoint = (payload.config.endpoints as any[]).find((e) => e.path === '/pregonero/instruments/classified-index')
    const call = async (user: TestUser | null, format = 'csv') => {
      const req = (await createLocalReq({ user: user as never }, payload)) as any
      req.searchParams = new URLSearchParams({ format })
      return endpoint.handler(req) as Promise<Response>
    }
    const response = await call(users.auditor)
    expect(response.status).toBe(200)
    const csv = await response.text()
    expect(csv).toMatch(/Fundamento constitucional o legal/)
    expect(csv).toMatch(/Informe reservado.*art\. 19.*Total/)
    expect(csv).toMatch(/Acta clasificada.*art\. 18.*Parcial/)
    expect(csv).toMatch(/Foto reservada/)
    expect(csv).not.toMatch(/Boletín público/)
    // Ley 1712 art. 20: the Índice is published; a title can reveal what is reserved, so the public one names categories and numbers.
    for (const caller of [users.requester, null]) {
      const open = await call(caller)
      expect(open.status).toBe(200)
      const text = await open.text()
      expect(text).toMatch(/Noticia n\.º \d+/)
      expect(text).not.toMatch(/Informe reservado|Acta clasificada|Foto reservada/)
    }
  })
})
