import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { enforceAnonymousRead } from '../../platform/rateLimit/index.js'
import { contentURL, responseHeaders, xmlEscape } from './http.js'
import { SLUGS } from '../../kernel/slugs.js'

/** The sitemap protocol's limit of URLs per file. */
export const SITEMAP_MAX_URLS = 50_000

/**
 * `GET /api/pregonero/sitemap.xml` — every published external content with a slug. Runs as an
 * anonymous caller (overrideAccess: false, no user): the access rule decides what is public.
 */
export const sitemapEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/sitemap.xml',
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const result = await req.payload.find({
      collection: SLUGS.contents,
      where: { slug: { exists: true } },
      sort: '-publishedAt',
      limit: SITEMAP_MAX_URLS,
      depth: 0,
      select: { slug: true, updatedAt: true },
      overrideAccess: false,
      // No `req`/`user`: a fresh anonymous request, whoever asks (the sitemap is public by definition).
    })
    const urls = (result.docs as Array<{ slug?: null | string; updatedAt: string }>)
      .filter((doc) => doc.slug)
      .map(
        (doc) =>
          `  <url>\n    <loc>${xmlEscape(contentURL(options.api, doc.slug!))}</loc>\n    <lastmod>${new Date(doc.updatedAt).toISOString()}</lastmod>\n  </url>`,
      )
      .join('\n')
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`
    return new Response(body, { status: 200, headers: responseHeaders(req, options.api, 'application/xml; charset=utf-8') })
  },
})
