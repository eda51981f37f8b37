import { createRequire } from 'node:module'

import { apiReadHeaders, FACT_CHECK_PAGE_HEADERS, nextSecurityHeaders } from './securityHeaders.mjs'

/** Next.js' own matching of `headers()` sources (next/dist/lib/build-custom-route.js): later entries win per key. */
const require = createRequire(import.meta.url)
const { pathToRegexp } = require('next/dist/compiled/path-to-regexp') as { pathToRegexp: (source: string, keys: unknown[], options: object) => RegExp }
const headersFor = (path: string, production = true): Record<string, string> => {
  const result: Record<string, string> = {}
  for (const entry of nextSecurityHeaders(production)) {
    if (!pathToRegexp(entry.source, [], { strict: true, sensitive: false, delimiter: '/' }).test(path)) continue
    for (const { key, value } of entry.headers) result[key.toLowerCase()] = value
  }
  return result
}

describe('security headers of next.config.mjs (issue 13, item 10)', () => {
  it('the fact-check pages keep their own strict headers: no generic referrer, framing or CSP over them', () => {
    for (const path of ['/api/pregonero/fact-check/abc.def', '/api/pregonero/fact-check/x']) {
      const headers = headersFor(path)
      expect(headers['content-security-policy']).toBe(FACT_CHECK_PAGE_HEADERS['Content-Security-Policy'])
      expect(headers['content-security-policy']).toMatch(/default-src 'none'.*frame-ancestors 'none'/)
      expect(headers['referrer-policy']).toBe('no-referrer')
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['cache-control']).toBe('no-store')
      // the generic headers that do not conflict still apply
      expect(headers['x-content-type-options']).toBe('nosniff')
      expect(headers['strict-transport-security']).toMatch(/max-age=/)
    }
  })

  it('everything else keeps the generic ones', () => {
    for (const path of ['/', '/admin', '/admin/collections/contents', '/api/contents', '/api/pregonero/feeds/news.rss', '/api/pregonero/fact-checking', '/_next/static/x.js']) {
      const headers = headersFor(path)
      expect({ path, referrer: headers['referrer-policy'], frame: headers['x-frame-options'] }).toEqual({ path, referrer: 'strict-origin-when-cross-origin', frame: 'SAMEORIGIN' })
    }
    expect(headersFor('/api/contents')['content-security-policy']).toMatch(/^frame-ancestors 'self'/)
    expect(headersFor('/api/archive-assets/file/x.svg')['content-security-policy']).toMatch(/default-src 'none'.*sandbox/)
    expect(headersFor('/api/contents', false)['strict-transport-security']).toBeUndefined()
  })

  it("the front door's headers are the ones Next.js gives every cached read (issue 17)", () => {
    const cachedReads = ['/api/contents', '/api/contents/12', '/api/globals/settings', '/api/pregonero/contents/by-slug/lluvias', '/api/pregonero/feeds/news.rss', '/api/pregonero/sitemap.xml', '/api/pregonero/open-data/contents']
    for (const production of [true, false]) {
      const expected = Object.fromEntries(apiReadHeaders(production).map(({ key, value }: { key: string; value: string }) => [key.toLowerCase(), value]))
      for (const path of cachedReads) expect({ path, production, headers: headersFor(path, production) }).toEqual({ path, production, headers: expected })
    }
  })
})
