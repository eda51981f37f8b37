import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { contentBySlug, createWebsiteClient, latestNews } from '../../../examples/website-client.js'
import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { type Fixtures, seedContents } from './fixtures.js'

/**
 * The typed website client (examples/website-client.ts, @payloadcms/sdk) against the app's real
 * REST route handlers, in-process: the SDK's `fetch` option hands each request to the handler
 * Next.js would call. The e2e spec runs the same client over HTTP against the built app.
 */
let app: Booted
let f: Fixtures
let client: ReturnType<typeof createWebsiteClient>
const calls: string[] = []

beforeAll(async () => {
  app = await bootPayload()
  f = await seedContents(app.payload)
  const config = app.payload.config
  const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config), DELETE: REST_DELETE(config) } as Record<
    string,
    (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>
  >
  const inProcessFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input))
    calls.push(`${init?.method ?? 'GET'} ${url.pathname}${url.search}`)
    const slug = url.pathname.replace(/^\/api\//, '').split('/').filter(Boolean)
    return handlers[(init?.method ?? 'GET').toUpperCase()]!(new Request(url, init), { params: Promise.resolve({ slug }) })
  }) as typeof fetch
  client = createWebsiteClient({ baseURL: 'http://localhost:3000/api', fetch: inProcessFetch })
}, 120_000)
afterAll(() => app?.close())

it('latestNews lists the published external news and press releases, newest first, with only the card fields', async () => {
  const news = await latestNews(client, 10)
  expect(news.map((item) => item.slug)).toEqual(['jornada-vacunacion', 'carnaval-programacion', 'obras-parque'])
  expect(news[2]!.title).toBe('Obras del parque: versión publicada')
  expect(Object.keys(news[0]!).sort()).toEqual(['id', 'kind', 'publishedAt', 'slug', 'summary', 'title'])
  expect(calls.some((call) => call.startsWith('GET /api/contents?'))).toBe(true)
  expect(JSON.stringify(news)).not.toMatch(/CAMBIO SECRETO|Borrador|pausas activas/)
})

it('latestNews honours the limit', async () => {
  expect((await latestNews(client, 2)).map((item) => item.slug)).toEqual(['jornada-vacunacion', 'carnaval-programacion'])
})

it('contentBySlug finds a public content and returns null for a draft or an internal one', async () => {
  expect((await contentBySlug(client, 'cierre-vias'))?.id).toEqual(f.ids.pubExtSocial)
  expect(await contentBySlug(client, 'borrador-externo')).toBeNull()
  expect(await contentBySlug(client, 'pausas-activas')).toBeNull()
})
