/**
 * The bad-input corpus (issue 9, item 4; rows in ./badInputCorpus.ts) over real HTTP against the
 * BUILT app (`next start` on a fresh database with the seed and fixtures/badInputFixtures.ts):
 * each row answers a 4xx naming the field, never a 5xx; the server stays up; nothing is
 * half-written. Stored XSS: text is data, and comes out escaped in feeds and sitemap, and as JSON
 * or CSV that browsers never sniff as a page.
 */
import { type RunningApp, startApp } from '../helpers/appServer.js'
import { DEMO_PASSWORD } from '../../dev/seed/data/users.js'

import { corpusSuite, type Fx, XSS } from './badInputCorpus.js'

let app: RunningApp

// Rate limits stay ON (the corpus stays far below them).
const { send, fx: fixtures } = corpusSuite(async () => {
  app = await startApp({}, { fixtures: 'tests/e2e/fixtures/badInputFixtures.ts' })
  return { fetch: (path, init) => fetch(`${app.url}${path}`, init), fx: app.fixtures as Fx, dir: app.dir }
})
afterAll(() => app?.stop())

describe('stored script is data, rendered escaped', () => {
  const raw = /<script>alert\('xss'\)<\/script>|<img src=x onerror/
  it('REST returns the text as JSON data', async () => {
    const res = await fetch(`${app.url}/api/contents/${fixtures().xss}`)
    expect(res.status).toBe(200)
    expect((await res.json()).title).toBe(`Noticia ${XSS}`)
    // JSON, never sniffed as HTML by a browser
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
  it.each(['/api/pregonero/feeds/news.rss', '/api/pregonero/feeds/news.atom'])('%s carries the title escaped, never as markup', async (route) => {
    const res = await send('anon', 'GET', route)
    expect(res.status).toBe(200)
    expect(res.text).toContain('Noticia')
    expect(res.text).not.toMatch(raw)
    expect(res.text).toMatch(/&lt;script&gt;alert/)
  })
  it('the sitemap and the open-data CSV never serve the markup as a page', async () => {
    const sitemap = await send('anon', 'GET', '/api/pregonero/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.text).not.toMatch(raw)
    const catalogue = await send('anon', 'GET', '/api/pregonero/open-data')
    for (const dataset of catalogue.json.datasets as Array<{ id?: string; identifier?: string }>) {
      const id = dataset.id ?? dataset.identifier
      const res = await fetch(`${app.url}/api/pregonero/open-data/${id}.csv`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })
})

describe('security headers and cookies on the built app (tests/security/README.md)', () => {
  it.each(['/admin/login', '/api/contents', '/api/pregonero/feeds/news.rss'])('%s carries the security headers', async (route) => {
    const res = await fetch(`${app.url}${route}`, { redirect: 'manual' })
    expect(res.status).toBeLessThan(500)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/)
    expect(res.headers.get('x-powered-by')).toBeNull()
  })
  it('uploaded files are served with a CSP that runs nothing (sandbox)', async () => {
    const res = await fetch(`${app.url}/api/archive-assets/file/nada.svg`)
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
  })
  it('the session cookie is Secure, HttpOnly and SameSite=Lax in production', async () => {
    const res = await fetch(`${app.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'auditor@pregonero.test', password: DEMO_PASSWORD }),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })
})
