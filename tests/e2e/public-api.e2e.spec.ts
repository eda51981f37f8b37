import { formatNames } from 'payload'

import { COLLECTIONS, PAYLOAD_INTERNAL, scopeOf } from '../int/api/accessMatrix.js'
import { type RunningApp, startApp } from '../helpers/appServer.js'
import { readAnswer } from '../helpers/answer.js'

/**
 * The public API contract over real HTTP against the BUILT app (`next start`, migrated database,
 * seed, fixtures in every state): for EVERY collection of the access matrix (accessMatrix.ts), an
 * anonymous REST list and GraphQL query returns exactly the public set or is refused; drafts,
 * versions, internal items and personal data never come back; file URLs follow the same rule;
 * anonymous GraphQL over the rate limit answers HTTP 429 with Retry-After.
 */
type Fixtures = {
  public: Record<string, string[]>
  hidden: Record<string, string[]>
  files: { publicThumbnail: null | string; internalThumbnail: null | string; template: string; logo: string }
  secrets: string[]
}
const ANON_MAX = 25
let app: RunningApp
let f: Fixtures
let nextIP = 1
/**
 * Every request from its own address, as the trusted reverse proxy in front would forward it (the
 * app believes X-Forwarded-For from 127.0.0.1 only: RATE_LIMIT_TRUST_PROXY), so the budget is per test.
 */
const freshIP = () => ({ 'X-Forwarded-For': `198.18.${Math.floor(nextIP / 250)}.${(nextIP++ % 250) + 1}` })

beforeAll(async () => {
  app = await startApp({ RATE_LIMIT_ANON_MAX: String(ANON_MAX), RATE_LIMIT_ANON_WINDOW_MS: '60000', RATE_LIMIT_TRUST_PROXY: '127.0.0.1' }, { fixtures: 'tests/e2e/fixtures/publicApiFixtures.ts' })
  f = app.fixtures as unknown as Fixtures
}, 240_000)
afterAll(() => app?.stop())

const get = async (path: string, headers: Record<string, string> = freshIP()) => readAnswer(await fetch(`${app.url}${path}`, { headers }))
const graphql = async (query: string, headers: Record<string, string> = freshIP()) => {
  const res = await fetch(`${app.url}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
  return { status: res.status, headers: res.headers, body: (await res.json()) as any }
}
const noSecrets = (text: string) => {
  for (const secret of f.secrets) expect(text).not.toContain(secret)
}
/** A field the caller may not read: absent (a hidden array field comes back as an empty list). */
const expectHidden = (doc: Record<string, unknown>, field: string) => {
  if (field in doc) expect(doc[field]).toEqual([])
}
const ids = (docs: Array<{ id: number | string }>) => docs.map((doc) => String(doc.id)).sort()

describe('anonymous REST, every collection of the matrix', () => {
  it.each(Object.entries(COLLECTIONS))('GET /api/%s', async (slug, row) => {
    const res = await get(`/api/${slug}?limit=100&depth=2`)
    if (scopeOf(row.read, 'anonymous') === 'public') {
      expect(res.status).toBe(200)
      expect(ids(res.json.docs)).toEqual(f.public[slug])
      expect(res.headers.get('cache-control')).toMatch(/^public, /)
    } else {
      expect(res.status).toBe(403)
    }
    noSecrets(res.text)
  })

  it.each(PAYLOAD_INTERNAL)("Payload's own /api/%s is closed", async (slug) => {
    const res = await get(`/api/${slug}`)
    // 403, or 404/501 where Payload serves no such route: never a list
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.json?.docs).toBeUndefined()
    noSecrets(res.text)
  })

  it('hidden documents by id, versions, where-queries and counts tell nothing', async () => {
    for (const [slug, hidden] of Object.entries(f.hidden)) {
      for (const id of hidden) {
        const res = await get(`/api/${slug}/${id}?draft=true`)
        expect([403, 404]).toContain(res.status)
        noSecrets(res.text)
      }
    }
    // draft=true shows no drafts: only public contents, never a newer draft's text
    const drafts = await get('/api/contents?draft=true&limit=100')
    expect(drafts.json.docs.every((doc: { id: number | string }) => f.public.contents!.includes(String(doc.id)))).toBe(true)
    noSecrets(drafts.text)
    expect((await get('/api/contents/versions')).status).toBe(403)
    expect((await get('/api/campaigns/versions')).status).toBe(403)
    const where = await get('/api/contents?where[audience][equals]=internal&where[or][0][_status][equals]=draft')
    expect(where.json.totalDocs).toBe(0)
    expect((await get('/api/contents/count')).json.totalDocs).toBe(f.public.contents!.length)
    // a hidden field cannot be used to filter
    const byBudget = await get('/api/campaigns?where[budget.planned][greater_than]=1')
    expect(byBudget.json?.totalDocs ?? 0).toBe(0)
  })

  it('the public faces carry only public fields; the image manual its public part', async () => {
    const campaign = (await get('/api/campaigns?depth=2')).json.docs[0]
    expect(campaign).toMatchObject({ name: 'Rendición de cuentas 2026', status: 'active' })
    for (const hidden of ['budget', 'evaluation', 'planAction']) expectHidden(campaign, hidden)
    const manual = await get('/api/globals/brand-manual')
    expect(manual.status).toBe(200)
    expect(manual.json).toHaveProperty('palette')
    expectHidden(manual.json, 'blocklist')
    expectHidden(manual.json, 'colourTolerance')
    expect((await get('/api/globals/brand-manual/versions')).status).toBe(403)
  })

  it('file URLs: the public asset and logo are served, the internal photo and the template are 403', async () => {
    expect(f.files.publicThumbnail).toBeTruthy()
    expect((await get(`/api/archive-assets/file/${f.files.publicThumbnail}`)).status).toBe(200)
    expect((await get(`/api/archive-assets/file/${f.files.internalThumbnail}`)).status).toBe(403)
    expect((await get(`/api/brand-assets/file/${f.files.logo}`)).status).toBe(200)
    expect((await get(`/api/brand-assets/file/${f.files.template}`)).status).toBe(403)
  })
})

describe('anonymous GraphQL, every collection of the matrix', () => {
  it.each(Object.entries(COLLECTIONS))('%s', async (slug, row) => {
    const name = formatNames(slug).plural
    const res = await graphql(`{ ${name}(limit: 100) { docs { id } totalDocs } }`)
    expect(res.status).toBe(200)
    if (scopeOf(row.read, 'anonymous') === 'public') {
      expect(res.body.errors).toBeUndefined()
      expect(ids(res.body.data[name].docs)).toEqual(f.public[slug])
      expect(res.body.data[name].totalDocs).toBe(f.public[slug]!.length)
    } else {
      expect(res.body.data?.[name] ?? null).toBeNull()
      // refused (403), or not in the schema at all (`graphQL: false`: fact-check requests)
      const [error] = res.body.errors
      if (error.extensions?.statusCode !== undefined) expect(error.extensions.statusCode).toBe(403)
      else expect(error.message).toMatch(/Cannot query field/)
    }
  })

  it('versions, hidden fields and relationships: nothing more', async () => {
    const versions = await graphql('{ versionsContents { docs { id version { title } } } }')
    expect(versions.body.data?.versionsContents ?? null).toBeNull()
    const deep = await graphql('{ Contents { docs { title request { id title } createdBy { id email } } } Campaigns { docs { name budget { planned } } } BrandManual { version blocklist { term } } }')
    expect(deep.body.data.Contents.docs.map((d: { title: string }) => d.title).sort()).toEqual(['Noticia pública A', 'Noticia pública B', 'Noticia pública C'])
    for (const doc of deep.body.data.Contents.docs) {
      expect(doc.request).toBeNull()
      expect(doc.createdBy).toBeNull()
    }
    // a hidden group comes back empty (null, or its sub-fields null)
    expect(Object.values(deep.body.data.Campaigns.docs[0].budget ?? {}).every((value) => value === null)).toBe(true)
    expect(deep.body.data.BrandManual.blocklist ?? []).toEqual([])
    noSecrets(JSON.stringify(deep.body))
  })
})

it(`anonymous GraphQL over the limit (${ANON_MAX}/min per IP) answers HTTP 429 with Retry-After`, async () => {
  const crawler = { 'X-Forwarded-For': '203.0.113.77' }
  for (let i = 0; i < ANON_MAX; i++) expect((await graphql('{ Contents { totalDocs } }', crawler)).status).toBe(200)
  const blocked = await graphql('{ Contents { totalDocs } Campaigns { totalDocs } }', crawler)
  expect(blocked.status).toBe(429)
  expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  expect(blocked.body.errors[0].extensions.statusCode).toBe(429)
  expect(blocked.body.data).toBeUndefined()
  // REST is closed for that address too; another address is not
  expect((await get('/api/contents', crawler)).status).toBe(429)
  expect((await get('/api/contents')).status).toBe(200)
})
