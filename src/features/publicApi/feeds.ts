import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { enforceAnonymousRead } from '../../platform/rateLimit/index.js'
import { contentURL, responseHeaders, xmlEscape } from './http.js'
import { SLUGS } from '../../kernel/slugs.js'

/** The kinds a news feed carries. */
export const FEED_KINDS = ['news', 'press-release'] as const

type FeedItem = { id: number | string; title: string; slug?: null | string; summary?: null | string; publishedAt?: null | string; updatedAt: string; kind: string }

/**
 * The items of the news feed: published EXTERNAL news and press releases, newest first. The find
 * runs as an anonymous caller (overrideAccess: false, no user), so the contents' read access is the
 * single source of truth and a signed-in editor's feed reader never receives internal items.
 */
export const feedItems = async (req: PayloadRequest, limit: number): Promise<FeedItem[]> => {
  const result = await req.payload.find({
    collection: SLUGS.contents,
    where: { and: [{ kind: { in: [...FEED_KINDS] } }, { audience: { equals: 'external' } }, { slug: { exists: true } }] },
    sort: '-publishedAt',
    limit,
    depth: 0,
    select: { title: true, slug: true, summary: true, publishedAt: true, kind: true, updatedAt: true },
    overrideAccess: false,
    // No `req`/`user`: a fresh anonymous request, whoever asks (the feed is public by definition).
  })
  return result.docs as unknown as FeedItem[]
}

const dateOf = (item: FeedItem): Date => new Date(item.publishedAt ?? item.updatedAt)

export const renderRSS = (options: ResolvedOptions, items: FeedItem[], selfURL: string): string => {
  const { api, institutionName } = options
  const lastBuild = items.length ? dateOf(items[0]!) : new Date(0)
  const entries = items
    .map((item) => {
      const link = contentURL(api, item.slug ?? String(item.id))
      return [
        '    <item>',
        `      <title>${xmlEscape(item.title)}</title>`,
        `      <link>${xmlEscape(link)}</link>`,
        `      <guid isPermaLink="true">${xmlEscape(link)}</guid>`,
        `      <pubDate>${dateOf(item).toUTCString()}</pubDate>`,
        item.summary ? `      <description>${xmlEscape(item.summary)}</description>` : '',
        `      <category>${xmlEscape(item.kind)}</category>`,
        '    </item>',
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xmlEscape(`Noticias — ${institutionName}`)}</title>
    <link>${xmlEscape(api.publicSiteURL)}</link>
    <description>${xmlEscape(`Noticias y comunicados de prensa publicados por ${institutionName}`)}</description>
    <language>es-CO</language>
    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>
    <atom:link href="${xmlEscape(selfURL)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`
}

export const renderAtom = (options: ResolvedOptions, items: FeedItem[], selfURL: string): string => {
  const { api, institutionName } = options
  const updated = items.length ? new Date(Math.max(...items.map((item) => new Date(item.updatedAt).getTime()))) : new Date(0)
  const entries = items
    .map((item) => {
      const link = contentURL(api, item.slug ?? String(item.id))
      return [
        '  <entry>',
        `    <title>${xmlEscape(item.title)}</title>`,
        `    <link href="${xmlEscape(link)}"/>`,
        `    <id>${xmlEscape(link)}</id>`,
        `    <published>${dateOf(item).toISOString()}</published>`,
        `    <updated>${new Date(item.updatedAt).toISOString()}</updated>`,
        item.summary ? `    <summary>${xmlEscape(item.summary)}</summary>` : '',
        `    <category term="${xmlEscape(item.kind)}"/>`,
        '  </entry>',
      ]
        .filter(Boolean)
        .join('\n')
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es-CO">
  <title>${xmlEscape(`Noticias — ${institutionName}`)}</title>
  <id>${xmlEscape(selfURL)}</id>
  <link rel="self" type="application/atom+xml" href="${xmlEscape(selfURL)}"/>
  <link rel="alternate" href="${xmlEscape(api.publicSiteURL)}"/>
  <updated>${updated.toISOString()}</updated>
  <author><name>${xmlEscape(institutionName)}</name></author>
${entries}
</feed>
`
}

const feedEndpoint = (options: ResolvedOptions, format: 'atom' | 'rss'): Endpoint => ({
  path: `/pregonero/feeds/news.${format}`,
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const items = await feedItems(req, options.api.feedSize)
    const selfURL = `${options.serverURL.replace(/\/+$/, '')}/api/pregonero/feeds/news.${format}`
    const body = format === 'rss' ? renderRSS(options, items, selfURL) : renderAtom(options, items, selfURL)
    const type = format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8'
    return new Response(body, { status: 200, headers: responseHeaders(req, options.api, type) })
  },
})

export const rssFeedEndpoint = (options: ResolvedOptions): Endpoint => feedEndpoint(options, 'rss')
export const atomFeedEndpoint = (options: ResolvedOptions): Endpoint => feedEndpoint(options, 'atom')
