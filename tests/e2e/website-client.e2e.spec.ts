import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { getPayload } from 'payload'

import { createWebsiteClient, latestNews } from '../../examples/website-client.js'
import { type RunningApp, startApp } from '../helpers/appServer.js'

/**
 * The typed website client over real HTTP against the BUILT app (`next start`): contents are
 * created in the app's database (system code, as a seed would), then the client — and the
 * example run as a script — list the latest news exactly as the public website would.
 */
let app: RunningApp

const root = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '..', '..')

beforeAll(async () => {
  app = await startApp({ RATE_LIMIT_ENABLED: 'false' })
  // Write fixtures into the same SQLite file the running app uses.
  Object.assign(process.env, { DATABASE_URI: app.env.DATABASE_URI, PAYLOAD_SECRET: app.env.PAYLOAD_SECRET, PAYLOAD_DB_PUSH: 'false' })
  const { default: config } = await import('../../dev/payload.config.js')
  const payload = await getPayload({ config })
  const context = { skipWorkflow: true }
  const make = (data: Record<string, unknown>, draft = false) =>
    payload.create({ collection: 'contents', draft, data: data as never, context })
  await make({ title: 'Noticia pública uno', slug: 'publica-uno', kind: 'news', audience: 'external', _status: 'published', stage: 'published', publishedAt: '2026-10-01T12:00:00.000Z' })
  await make({ title: 'Comunicado público dos', slug: 'publica-dos', kind: 'press-release', audience: 'external', _status: 'published', stage: 'published', publishedAt: '2026-10-02T12:00:00.000Z' })
  await make({ title: 'Intranet interna', slug: 'interna', kind: 'news', audience: 'internal', _status: 'published', stage: 'published', publishedAt: '2026-10-03T12:00:00.000Z' })
  await make({ title: 'Borrador', slug: 'borrador', kind: 'news', audience: 'external', _status: 'draft', stage: 'draft' }, true)
  await payload.destroy()
}, 180_000)
afterAll(() => app?.stop())

it('the typed client lists the latest published external news over HTTP', async () => {
  const client = createWebsiteClient({ baseURL: `${app.url}/api` })
  const news = await latestNews(client, 10)
  expect(news.map((item) => item.slug)).toEqual(['publica-dos', 'publica-uno'])
})

// Asynchronous on purpose: a spawnSync would block this process's event loop for seconds, so it
// would miss the server closing an idle keep-alive socket, and the next fetch would reuse a dead one.
it('the example runs as a script against the running app', async () => {
  const run = await promisify(execFile)(path.join(root, 'node_modules', '.bin', 'tsx'), ['examples/website-client.ts'], {
    cwd: root,
    env: { ...process.env, PAYLOAD_API_URL: `${app.url}/api`, LIMIT: '5' },
    encoding: 'utf8',
  })
  const summary = JSON.parse(run.stdout.trim().split('\n').pop()!)
  expect(summary).toEqual({ count: 2, slugs: ['publica-dos', 'publica-uno'] })
})

it('feeds, sitemap and open data answer on the built app with CDN headers', async () => {
  for (const route of ['/api/pregonero/feeds/news.rss', '/api/pregonero/feeds/news.atom', '/api/pregonero/sitemap.xml', '/api/pregonero/open-data']) {
    const res = await fetch(`${app.url}${route}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/)
    const text = await res.text()
    expect(text).not.toMatch(/Intranet interna|Borrador/)
  }
})
