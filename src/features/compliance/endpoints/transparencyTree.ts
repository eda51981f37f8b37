import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { responseHeaders } from '../../publicApi/http.js'
import { enforceAnonymousRead } from '../../../platform/rateLimit/index.js'
import { TRANSPARENCY_ITEMS } from '../collections/TransparencyItems/hooks/linkParent.js'
import { INSTRUMENT_ITEMS } from '../transparency/anexo2.js'
import { SLUGS } from '../../../kernel/slugs.js'

type Link = { label?: null | string; content?: unknown; asset?: unknown; dataset?: null | string; url?: null | string }
type Item = {
  id: number | string
  number: string
  title: string
  parent?: unknown
  lastUpdated?: null | string
  updateFrequency?: null | string
  notApplicable?: boolean | null
  notApplicableJustification?: null | string
  links?: Link[] | null
}
export type TreeNode = {
  number: string
  title: string
  lastUpdated: null | string
  updateFrequency: null | string
  notApplicable: boolean
  justification: null | string
  links: Array<{ label: string; url: string }>
  children: TreeNode[]
}

const idOf = (value: unknown): null | string =>
  value === null || value === undefined ? null : typeof value === 'object' ? String((value as { id?: unknown }).id ?? '') || null : String(value)

/**
 * The public links of an item: contents and archive assets only when an anonymous reader may read
 * them (the collections' own public rules decide — drafts, internal, classified stay out), open
 * datasets, and plain URLs.
 */
const publicLinks = async (req: PayloadRequest, options: ResolvedOptions, items: Item[]): Promise<Map<string, { slug?: string; title: string; url?: string }>> => {
  const ids = (key: 'asset' | 'content') => [...new Set(items.flatMap((item) => (item.links ?? []).map((link) => idOf(link[key])).filter((id) => id !== null)))]
  const found = new Map<string, { slug?: string; title: string; url?: string }>()
  // No request and no user: read exactly as an anonymous caller would.
  const anonymous = { overrideAccess: false, depth: 0, pagination: false } as const
  const contentIds = ids('content')
  if (contentIds.length) {
    const { docs } = await req.payload.find({ collection: SLUGS.contents, where: { id: { in: contentIds } }, ...anonymous })
    for (const doc of docs as Array<{ id: unknown; slug?: string; title: string }>) {
      found.set(`content:${doc.id}`, { slug: doc.slug, title: doc.title, url: `${options.api.publicSiteURL}${options.api.contentPathPrefix}${doc.slug ?? doc.id}` })
    }
  }
  const assetIds = ids('asset')
  if (assetIds.length) {
    const { docs } = await req.payload.find({ collection: SLUGS.archiveAssets, where: { id: { in: assetIds } }, ...anonymous })
    for (const doc of docs as Array<{ id: unknown; title: string; url?: string }>) found.set(`asset:${doc.id}`, { title: doc.title, url: doc.url })
  }
  return found
}

/** GET /api/pregonero/transparency: the transparency menu as a tree (anyone; the website renders it). */
export const transparencyTreeEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/transparency',
  method: 'get',
  handler: async (req) => {
    await enforceAnonymousRead(req, options.api.rateLimit)
    const { docs } = await req.payload.find({ collection: TRANSPARENCY_ITEMS, sort: 'sortKey', pagination: false, depth: 0, req, overrideAccess: true })
    const items = docs as unknown as Item[]
    const linked = await publicLinks(req, options, items)
    const serverURL = options.serverURL.replace(/\/+$/, '')
    const nodes = new Map<string, TreeNode>()
    for (const item of items) {
      const links: TreeNode['links'] = []
      for (const link of item.links ?? []) {
        const content = idOf(link.content)
        const asset = idOf(link.asset)
        const target = content ? linked.get(`content:${content}`) : asset ? linked.get(`asset:${asset}`) : undefined
        if (target?.url) links.push({ label: link.label || target.title, url: target.url.startsWith('/') ? `${serverURL}${target.url}` : target.url })
        else if (link.dataset) links.push({ label: link.label || link.dataset, url: `${serverURL}/api/pregonero/open-data/${encodeURIComponent(link.dataset)}.csv` })
        else if (link.url && !content && !asset) links.push({ label: link.label || link.url, url: link.url })
      }
      // 7.1.1–7.1.3: the instruments the plugin generates from its one inventory, always current.
      const instrument = INSTRUMENT_ITEMS[item.number]
      if (instrument) {
        const base = `${serverURL}/api/pregonero/instruments/${instrument}`
        links.push({ label: 'CSV', url: base }, { label: 'XLSX', url: `${base}?format=xlsx` })
      }
      nodes.set(String(item.id), {
        number: item.number,
        title: item.title,
        lastUpdated: item.lastUpdated ?? null,
        updateFrequency: item.updateFrequency ?? null,
        notApplicable: Boolean(item.notApplicable),
        justification: item.notApplicable ? (item.notApplicableJustification ?? null) : null,
        links,
        children: [],
      })
    }
    const roots: TreeNode[] = []
    for (const item of items) {
      const node = nodes.get(String(item.id))!
      const parent = idOf(item.parent)
      const parentNode = parent ? nodes.get(parent) : undefined
      ;(parentNode ? parentNode.children : roots).push(node)
    }
    return new Response(JSON.stringify({ items: roots }), { status: 200, headers: responseHeaders(req, options.api, 'application/json; charset=utf-8') })
  },
})
