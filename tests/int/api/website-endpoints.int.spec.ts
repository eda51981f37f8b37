import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { type Fixtures, idSet, seedContents } from './fixtures.js'
import { childrenNamed, childText, parseXml } from './xml.js'

const SITE = 'https://www.pasto.gov.co'
let app: Booted
let f: Fixtures
let rest: ReturnType<typeof restClient>
let requesterToken: string
let editorToken: string

beforeAll(async () => {
  app = await bootPayload({ PUBLIC_SITE_URL: `${SITE}/`, CACHE_S_MAXAGE: '120', CACHE_SWR: '900', CACHE_MAX_AGE: '30' })
  f = await seedContents(app.payload)
  rest = restClient(app.payload.config)
  requesterToken = await rest.login(f.requester.email, TEST_PASSWORD)
  editorToken = await rest.login(f.editor.email, TEST_PASSWORD)
}, 120_000)
afterAll(() => app?.close())

const PUBLIC_CACHE = 'public, max-age=30, s-maxage=120, stale-while-revalidate=900'
const titles = (res: { json: { docs: Array<{ title: string }> } }) => res.json.docs.map((doc) => doc.title)

describe('GET /api/pregonero/contents/by-slug/:slug', () => {
  it('anonymous: a published external content, cacheable by a CDN', async () => {
    const res = await rest.get('/pregonero/contents/by-slug/carnaval-programacion')
    expect(res.status).toBe(200)
    expect(res.json.id).toEqual(f.ids.pubExtNews)
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE)
    expect(res.headers.get('vary')).toContain('Authorization')
  })

  it('anonymous: drafts, unpublished and internal contents are 404 (no hint they exist)', async () => {
    for (const slug of ['borrador-externo', 'despublicado', 'aprobado', 'pausas-activas', 'borrador-interno', 'no-existe']) {
      const res = await rest.get(`/pregonero/contents/by-slug/${slug}`)
      expect(res.status).toBe(404)
      for (const title of f.secretTitles) expect(res.text).not.toContain(title)
    }
  })

  it('signed in: the intranet content answers, privately; the draft still does not for a requester', async () => {
    const res = await rest.get('/pregonero/contents/by-slug/pausas-activas', { token: requesterToken })
    expect(res.status).toBe(200)
    expect(res.json.id).toEqual(f.ids.pubInternal)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect((await rest.get('/pregonero/contents/by-slug/borrador-externo', { token: requesterToken })).status).toBe(404)
  })

  it('a bad depth is a 400 naming the parameter', async () => {
    const res = await rest.get('/pregonero/contents/by-slug/carnaval-programacion?depth=9')
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toMatch(/^Profundidad: /)
  })
})

describe('GET /api/pregonero/contents (by channel, department, campaign, kind)', () => {
  it('by channel: the published external contents on that channel, newest first', async () => {
    const res = await rest.get('/pregonero/contents?channel=web')
    expect(res.status).toBe(200)
    expect(res.json.docs.map((d: { id: number }) => String(d.id))).toEqual([f.ids.pubExtPress, f.ids.pubExtNews, f.ids.withDraft].map(String))
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE)
  })

  it('by department, by id or by code', async () => {
    const byCode = await rest.get('/pregonero/contents?department=CULT')
    expect(idSet(byCode.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet([f.ids.pubExtNews, f.ids.pubExtSocial, f.ids.withDraft]))
    const byId = await rest.get(`/pregonero/contents?department=${f.health.id}`)
    expect(idSet(byId.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet([f.ids.pubExtPress]))
  })

  it('by kind, and combined filters', async () => {
    const res = await rest.get('/pregonero/contents?kind=news&department=CULT&channel=facebook')
    expect(titles(res)).toEqual(['Carnaval de Negros y Blancos: programación <oficial> & "abierta"'])
  })

  it('signed in: the intranet channel lists the internal content, privately', async () => {
    const anonymous = await rest.get('/pregonero/contents?channel=intranet')
    expect(anonymous.json.totalDocs).toBe(0)
    const staff = await rest.get('/pregonero/contents?channel=intranet', { token: requesterToken })
    expect(idSet(staff.json.docs.map((d: { id: number }) => d.id))).toEqual(idSet([f.ids.pubInternal]))
    expect(staff.headers.get('cache-control')).toBe('private, no-store')
  })

  it.each([
    ['channel=telegrafo', 'channel', 'Canal'],
    ['kind=poema', 'kind', 'Tipo'],
    ['department=NOEXISTE', 'department', 'Dependencia'],
    ['department=1%3B%20DROP', 'department', 'Dependencia'],
    ['campaign=1%3B%20DROP', 'campaign', 'Campaña'],
    ['limit=0', 'limit', 'Límite'],
    ['limit=500', 'limit', 'Límite'],
    ['page=-1', 'page', 'Página'],
    ['foo=bar', 'foo', 'foo'], // an unknown parameter is named as the caller wrote it
  ])('%s → 400 naming %s', async (query, name, label) => {
    const res = await rest.get(`/pregonero/contents?${query}`)
    expect(res.status).toBe(400)
    // The parameter by its label in the caller's language; its name stays in the path.
    expect(res.json.errors[0].message.startsWith(`${label}: `)).toBe(true)
    expect(res.json.errors[0].data.errors[0].path).toBe(name)
    // One language per caller: Spanish by default, never 'es / en' glued…
    expect(res.json.errors[0].message).not.toContain(' / ')
    expect(res.json.errors[0].message).toMatch(/debe|entero|parámetro|dependencia|campaña|existe/)
    // …and English for a caller who asks for it.
    const english = await rest.get(`/pregonero/contents?${query}`, { headers: { 'Accept-Language': 'en' } })
    expect(english.status).toBe(400)
    expect(english.json.errors[0].message.startsWith(`${name === 'foo' ? name : name[0]!.toUpperCase() + name.slice(1)}: `)).toBe(true)
    expect(english.json.errors[0].message).toMatch(/must|integer|unknown|department|campaign/)
    expect(english.json.errors[0].message).not.toMatch(/debe|entero|desconocido|existe una/)
  })
})

describe('news feeds', () => {
  const expectedNews = () => [
    { id: f.ids.pubExtPress, title: 'Comunicado: jornada de vacunación', slug: 'jornada-vacunacion' },
    { id: f.ids.pubExtNews, title: 'Carnaval de Negros y Blancos: programación <oficial> & "abierta"', slug: 'carnaval-programacion' },
    { id: f.ids.withDraft, title: 'Obras del parque: versión publicada', slug: 'obras-parque' },
  ]

  it('RSS 2.0: well-formed, escaped, exactly the published external news and press releases', async () => {
    const res = await rest.get('/pregonero/feeds/news.rss')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE)
    expect(res.text).toContain('&lt;oficial&gt; &amp; &quot;abierta&quot;')
    const rss = parseXml(res.text)
    expect(rss.name).toBe('rss')
    expect(rss.attributes.version).toBe('2.0')
    const channel = childrenNamed(rss, 'channel')[0]!
    const items = childrenNamed(channel, 'item')
    expect(items.map((item) => childText(item, 'title'))).toEqual(expectedNews().map((n) => n.title))
    expect(items.map((item) => childText(item, 'link'))).toEqual(expectedNews().map((n) => `${SITE}/noticias/${n.slug}`))
    expect(childText(items[1]!, 'description')).toBe('Fechas, horarios & recorridos del desfile')
    expect(childText(items[1]!, 'pubDate')).toBe(new Date(Date.UTC(2026, 9, 5, 12)).toUTCString())
    expect(res.text).not.toMatch(/CAMBIO SECRETO|Borrador|pausas activas|cierre de vías/i)
  })

  it('Atom: well-formed, the same entries', async () => {
    const res = await rest.get('/pregonero/feeds/news.atom')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = parseXml(res.text)
    expect(feed.name).toBe('feed')
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom')
    const entries = childrenNamed(feed, 'entry')
    expect(entries.map((entry) => childText(entry, 'title'))).toEqual(expectedNews().map((n) => n.title))
    expect(entries.map((entry) => childrenNamed(entry, 'link')[0]!.attributes.href)).toEqual(expectedNews().map((n) => `${SITE}/noticias/${n.slug}`))
    for (const entry of entries) expect(childText(entry, 'id')).toMatch(/^https:\/\//)
  })

  it('an editor gets the PUBLIC feed (never drafts or internal items), uncached', async () => {
    const res = await rest.get('/pregonero/feeds/news.rss', { token: editorToken })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const items = childrenNamed(childrenNamed(parseXml(res.text), 'channel')[0]!, 'item')
    expect(items.map((item) => childText(item, 'title'))).toEqual(expectedNews().map((n) => n.title))
  })
})

describe('cache headers on Payload\'s own REST reads of contents', () => {
  it('anonymous GET /api/contents, /:id and /count are public for a CDN; signed-in answers are private', async () => {
    for (const route of ['/contents?limit=5', `/contents/${f.ids.pubExtNews}`, '/contents/count']) {
      const anonymous = await rest.get(route)
      expect(anonymous.status).toBe(200)
      expect(anonymous.headers.get('cache-control')).toBe(PUBLIC_CACHE)
      expect(anonymous.headers.get('vary')).toContain('Cookie')
      const staff = await rest.get(route, { token: editorToken })
      expect(staff.headers.get('cache-control')).toBe('private, no-store')
    }
  })

  it('a refused read is not marked cacheable', async () => {
    const res = await rest.get(`/contents/${f.ids.draftExt}`)
    expect([403, 404]).toContain(res.status)
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/public/)
  })
})

describe('sitemap', () => {
  it('lists exactly the published external contents, well-formed', async () => {
    const res = await rest.get('/pregonero/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE)
    const urlset = parseXml(res.text)
    expect(urlset.name).toBe('urlset')
    expect(urlset.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const locs = childrenNamed(urlset, 'url').map((url) => childText(url, 'loc'))
    expect(locs.sort()).toEqual(
      ['carnaval-programacion', 'jornada-vacunacion', 'cierre-vias', 'obras-parque'].map((slug) => `${SITE}/noticias/${slug}`).sort(),
    )
    for (const url of childrenNamed(urlset, 'url')) expect(childText(url, 'lastmod')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })
})
