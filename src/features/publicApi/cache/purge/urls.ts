import type { WriteEffect } from '../invalidation.js'

import { contentURL } from '../../http.js'
import { addressOfKey } from '../key.js'
import { SLUGS } from '../../../../kernel/slugs.js'

type Context = { serverURL: string; apiRoute: string; api: { publicSiteURL: string; contentPathPrefix: string }; publicCollections: readonly string[] }

/**
 * The public URLs a committed write makes stale in a CDN: the REST addresses of the answers it
 * dropped here, plus the canonical addresses of each changed public document (which a CDN may hold
 * even when this instance did not): its REST document and list, and for contents their by-slug
 * read (old and new slug), the website page, the listing, the feeds and the sitemap.
 */
export const purgeURLs = (effect: WriteEffect, context: Context): string[] => {
  const origin = context.serverURL.replace(/\/+$/, '')
  const api = `${origin}${context.apiRoute}`
  const urls = new Set<string>()
  for (const key of effect.dropped) {
    const address = addressOfKey(key)
    if (address) urls.add(`${origin}${address}`)
  }
  for (const { collection, doc, previousDoc } of effect.changes) {
    if (!context.publicCollections.includes(collection)) continue
    urls.add(`${api}/${collection}/${String(doc.id)}`)
    urls.add(`${api}/${collection}`)
    if (collection !== SLUGS.contents) continue
    for (const slug of new Set([doc.slug, previousDoc?.slug])) {
      if (typeof slug !== 'string' || !slug) continue
      urls.add(`${api}/pregonero/contents/by-slug/${encodeURIComponent(slug)}`)
      urls.add(contentURL(context.api as never, slug))
    }
    for (const path of ['/pregonero/contents', '/pregonero/feeds/news.rss', '/pregonero/feeds/news.atom', '/pregonero/sitemap.xml']) urls.add(`${api}${path}`)
  }
  return [...urls].sort()
}
