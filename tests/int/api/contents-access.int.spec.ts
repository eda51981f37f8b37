import { GRAPHQL_POST } from '@payloadcms/next/routes'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { type Fixtures, idSet, seedContents } from './fixtures.js'

/**
 * The public API contract for contents: anonymous callers see EXACTLY the published external set,
 * whatever door they use (Local API, REST, GraphQL, by id, by where, versions, drafts, select,
 * counts, relationships); signed-in staff add published internal contents and what their role reads.
 */
let app: Booted
let f: Fixtures
let rest: ReturnType<typeof restClient>
let graphql: (query: string, token?: string) => Promise<{ status: number; body: any }>

beforeAll(async () => {
  app = await bootPayload()
  f = await seedContents(app.payload)
  rest = restClient(app.payload.config)
  const handler = GRAPHQL_POST(app.payload.config)
  graphql = async (query, token) => {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    if (token) headers.set('Authorization', `JWT ${token}`)
    const res = await handler(new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
    return { status: res.status, body: await res.json() }
  }
}, 120_000)
afterAll(() => app?.close())

const noSecrets = (text: string) => {
  for (const title of f.secretTitles) expect(text).not.toContain(title)
}

describe('anonymous — Local API with overrideAccess: false', () => {
  it('find returns exactly the published external set', async () => {
    const found = await app.payload.find({ collection: 'contents', overrideAccess: false, limit: 100 })
    expect(idSet(found.docs.map((d) => d.id))).toEqual(idSet(f.publicIds))
    expect(found.totalDocs).toBe(f.publicIds.length)
    noSecrets(JSON.stringify(found))
  })

  it('findByID of a draft, an unpublished and an internal content is refused', async () => {
    for (const id of [f.ids.draftExt, f.ids.unpublishedExt, f.ids.pubInternal, f.ids.draftInternal, f.ids.approvedExt]) {
      await expect(app.payload.findByID({ collection: 'contents', id, overrideAccess: false })).rejects.toThrow()
    }
    const ok = await app.payload.findByID({ collection: 'contents', id: f.ids.pubExtNews, overrideAccess: false })
    expect(ok.slug).toBe('carnaval-programacion')
  })

  it('where-queries on _status, audience, stage or title cannot widen the set', async () => {
    for (const where of [
      { _status: { equals: 'draft' } },
      { audience: { equals: 'internal' } },
      { stage: { in: ['draft', 'in-review', 'approved', 'unpublished'] } },
      { title: { like: 'Borrador' } },
      { or: [{ _status: { equals: 'draft' } }, { audience: { equals: 'internal' } }] },
    ]) {
      const found = await app.payload.find({ collection: 'contents', where: where as never, overrideAccess: false })
      expect(found.totalDocs).toBe(0)
    }
  })

  it('count, draft reads and versions show nothing more', async () => {
    expect((await app.payload.count({ collection: 'contents', overrideAccess: false })).totalDocs).toBe(f.publicIds.length)
    const drafts = await app.payload.find({ collection: 'contents', draft: true, overrideAccess: false, limit: 100 })
    expect(idSet(drafts.docs.map((d) => d.id)).every((id) => idSet(f.publicIds).includes(id))).toBe(true)
    noSecrets(JSON.stringify(drafts))
    await expect(app.payload.findVersions({ collection: 'contents', overrideAccess: false })).rejects.toThrow()
  })
})

describe('anonymous — REST (the real route handlers)', () => {
  it('GET /api/contents lists exactly the published external set', async () => {
    const res = await rest.get('/contents?limit=100')
    expect(res.status).toBe(200)
    expect(idSet(res.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publicIds))
    noSecrets(res.text)
  })

  it('by id: a published external content answers, any other is 404/403 without its data', async () => {
    expect((await rest.get(`/contents/${f.ids.pubExtPress}`)).status).toBe(200)
    for (const id of [f.ids.draftExt, f.ids.reviewExt, f.ids.unpublishedExt, f.ids.pubInternal, f.ids.draftInternal]) {
      const res = await rest.get(`/contents/${id}`)
      expect([403, 404]).toContain(res.status)
      noSecrets(res.text)
      const asDraft = await rest.get(`/contents/${id}?draft=true`)
      expect([403, 404]).toContain(asDraft.status)
      noSecrets(asDraft.text)
    }
  })

  it('where[_status][equals]=draft, where[audience][equals]=internal and friends return nothing', async () => {
    for (const query of [
      'where[_status][equals]=draft',
      'where[audience][equals]=internal',
      'where[stage][equals]=unpublished',
      'where[title][like]=Borrador',
      'where[or][0][_status][equals]=draft&where[or][1][audience][equals]=internal',
      'where[slug][equals]=borrador-externo',
    ]) {
      const res = await rest.get(`/contents?${query}`)
      expect(res.status).toBe(200)
      expect(res.json.totalDocs).toBe(0)
    }
  })

  it('draft=true shows no draft text, even of a published content with a newer draft', async () => {
    const list = await rest.get('/contents?draft=true&limit=100')
    expect(list.status).toBe(200)
    noSecrets(list.text)
    const one = await rest.get(`/contents/${f.ids.withDraft}?draft=true`)
    noSecrets(one.text)
    const plain = await rest.get(`/contents/${f.ids.withDraft}`)
    expect(plain.json.title).toBe('Obras del parque: versión publicada')
  })

  it('/versions answers 403, for the list and for a version id', async () => {
    const editorToken = await rest.login(f.editor.email, TEST_PASSWORD)
    const versions = await rest.get(`/contents/versions?where[parent][equals]=${f.ids.draftExt}`, { token: editorToken })
    expect(versions.status).toBe(200)
    expect(versions.json.docs.length).toBeGreaterThan(0)
    const versionId = versions.json.docs[0].id
    const list = await rest.get('/contents/versions')
    expect(list.status).toBe(403)
    const one = await rest.get(`/contents/versions/${versionId}`)
    expect([403, 404]).toContain(one.status)
    noSecrets(list.text + one.text)
  })

  it('/api/contents/count counts only the published external set', async () => {
    const res = await rest.get('/contents/count')
    expect(res.status).toBe(200)
    expect(res.json.totalDocs).toBe(f.publicIds.length)
    const drafts = await rest.get('/contents/count?where[_status][equals]=draft')
    expect(drafts.json.totalDocs).toBe(0)
  })

  it('select and populate do not widen the set', async () => {
    const res = await rest.get('/contents?select[title]=true&select[_status]=true&limit=100')
    expect(idSet(res.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publicIds))
    noSecrets(res.text)
    const populated = await rest.get('/contents?depth=2&populate[communication-requests][title]=true&limit=100')
    expect(idSet(populated.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publicIds))
    noSecrets(populated.text)
  })

  it('depth through a relationship: the linked request stays an id, and other collections refuse', async () => {
    const res = await rest.get(`/contents/${f.ids.pubExtNews}?depth=2`)
    expect(res.status).toBe(200)
    expect(typeof res.json.request === 'object' && res.json.request !== null).toBe(false)
    expect(res.text).not.toContain('Ana Solicitante')
    expect(res.text).not.toContain('Cubrir el desfile')
    const request = await rest.get(`/communication-requests/${f.request.id}?depth=2`)
    expect([401, 403, 404]).toContain(request.status)
    noSecrets(request.text)
  })
})

describe('anonymous — GraphQL', () => {
  it('Contents lists exactly the published external set; count agrees', async () => {
    const { body } = await graphql('{ Contents(limit: 100) { totalDocs docs { id title _status audience } } countContents { totalDocs } }')
    expect(body.errors).toBeUndefined()
    expect(idSet(body.data.Contents.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publicIds))
    expect(body.data.countContents.totalDocs).toBe(f.publicIds.length)
    noSecrets(JSON.stringify(body))
  })

  it('by id, by where and with draft: true nothing else is reachable', async () => {
    const byId = await graphql(`{ Content(id: ${JSON.stringify(f.ids.draftExt)}) { id title } }`)
    expect(byId.body.data?.Content ?? null).toBeNull()
    noSecrets(JSON.stringify(byId.body))
    const where = await graphql('{ Contents(where: { _status: { equals: draft } }) { totalDocs docs { id } } }')
    expect(where.body.data.Contents.totalDocs).toBe(0)
    const internal = await graphql('{ Contents(where: { audience: { equals: internal } }) { totalDocs } }')
    expect(internal.body.data.Contents.totalDocs).toBe(0)
    const drafts = await graphql('{ Contents(draft: true, limit: 100) { docs { id title } } }')
    noSecrets(JSON.stringify(drafts.body))
  })

  it('versionsContents is refused', async () => {
    const { body } = await graphql('{ versionsContents { docs { id version { title } } } }')
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(body.data?.versionsContents ?? null).toBeNull()
    noSecrets(JSON.stringify(body))
  })
})

describe('signed-in staff', () => {
  it('a requester (no content role) reads every published content, internal too, and no drafts', async () => {
    const found = await app.payload.find({ collection: 'contents', overrideAccess: false, user: f.requester, limit: 100 })
    expect(idSet(found.docs.map((d) => d.id))).toEqual(idSet(f.publishedIds))
    const token = await rest.login(f.requester.email, TEST_PASSWORD)
    const res = await rest.get('/contents?limit=100', { token })
    expect(idSet(res.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publishedIds))
    expect((await rest.get('/contents/versions', { token })).status).toBe(403)
    const gql = await graphql('{ Contents(limit: 100) { docs { id } } }', token)
    expect(idSet(gql.body.data.Contents.docs.map((d: { id: number }) => d.id))).toEqual(idSet(f.publishedIds))
  })

  it('a requester reading their request through depth/join sees only the published deliverable', async () => {
    const request = await app.payload.findByID({ collection: 'communication-requests', id: f.request.id, depth: 1, overrideAccess: false, user: f.requester })
    const deliverables = ((request as any).deliverables?.docs ?? []).map((d: any) => (typeof d === 'object' ? d.id : d))
    expect(idSet(deliverables)).toEqual(idSet([f.ids.pubExtNews]))
  })

  it('editors and auditors read everything their role reads: every stage, both audiences', async () => {
    for (const user of [f.editor, f.auditor]) {
      const found = await app.payload.find({ collection: 'contents', overrideAccess: false, user, limit: 100 })
      expect(idSet(found.docs.map((d) => d.id))).toEqual(idSet(f.allIds))
      const versions = await app.payload.findVersions({ collection: 'contents', overrideAccess: false, user, limit: 1 })
      expect(versions.totalDocs).toBeGreaterThan(0)
    }
  })
})
