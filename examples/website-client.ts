/**
 * How the public website reads Pregonero: a typed client with `@payloadcms/sdk` and the generated
 * `payload-types.ts`. It calls the API anonymously, so it sees exactly what the public may see
 * (published, external contents); the access rules live on the server, not here.
 *
 *   PAYLOAD_API_URL=https://comunicaciones.pasto.gov.co/api npx tsx examples/website-client.ts
 */
import { PayloadSDK } from '@payloadcms/sdk'
import { pathToFileURL } from 'node:url'

import type { Config, Content } from '../dev/payload-types.js'

export type WebsiteClient = PayloadSDK<Config>

/** `baseURL` ends in `/api`; `fetch` lets tests (or an edge runtime) supply their own. */
export const createWebsiteClient = ({ baseURL, fetch }: { baseURL: string; fetch?: typeof globalThis.fetch }): WebsiteClient =>
  new PayloadSDK<Config>({ baseURL, fetch })

/** The news kinds the website's front page shows. */
export const NEWS_KINDS: Content['kind'][] = ['news', 'press-release']

export type NewsCard = Pick<Content, 'id' | 'kind' | 'publishedAt' | 'slug' | 'summary' | 'title'>

/** The latest news, newest first, only the fields a news card needs. */
export const latestNews = async (client: WebsiteClient, limit = 10): Promise<NewsCard[]> => {
  const result = await client.find({
    collection: 'contents',
    where: { kind: { in: NEWS_KINDS } },
    sort: '-publishedAt',
    limit,
    depth: 0,
    select: { title: true, slug: true, summary: true, publishedAt: true, kind: true },
  })
  return result.docs.map((doc) => ({
    id: doc.id,
    kind: doc.kind,
    publishedAt: doc.publishedAt,
    slug: doc.slug,
    summary: doc.summary,
    title: doc.title,
  }))
}

/** One content by slug, or null (drafts and internal contents are simply not found). */
export const contentBySlug = async (client: WebsiteClient, slug: string): Promise<Content | null> => {
  const result = await client.find({ collection: 'contents', where: { slug: { equals: slug } }, limit: 1, depth: 1 })
  return result.docs[0] ?? null
}

// Run as a script: print the latest news as the website would list them.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const client = createWebsiteClient({ baseURL: process.env.PAYLOAD_API_URL ?? 'http://localhost:3000/api' })
  const news = await latestNews(client, Number(process.env.LIMIT ?? 10))
  for (const item of news) {
    console.log(`${item.publishedAt?.slice(0, 10) ?? '          '}  ${item.title}  (/${item.slug ?? item.id})`)
  }
  console.log(JSON.stringify({ count: news.length, slugs: news.map((item) => item.slug) }))
}
