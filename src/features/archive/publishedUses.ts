import type { PayloadRequest } from 'payload'

import { bodyUploads } from '../checks/bodyImages.js'
import { idOf } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

type Ref = unknown
type ContentDoc = {
  id: number | string
  title?: string
  heroImage?: Ref
  gallery?: Array<{ asset?: Ref } | null> | null
  videos?: Array<{ asset?: Ref; captions?: Ref } | null> | null
  body?: unknown
}

export type PublishedUse = { id: number | string; title: string; assetIds: string[] }

/** Every archive asset a content uses: hero, gallery, videos and their captions, inline body uploads. */
export const assetsOfContent = (doc: ContentDoc): string[] => {
  const ids = [
    idOf(doc.heroImage),
    ...(doc.gallery ?? []).map((row) => idOf(row?.asset)),
    ...(doc.videos ?? []).flatMap((row) => [idOf(row?.asset), idOf(row?.captions)]),
    ...bodyUploads(doc.body)
      .filter((node) => node.relationTo === SLUGS.archiveAssets)
      .map((node) => idOf(node.id)),
  ]
  return [...new Set(ids.filter((id) => id !== null).map(String))]
}

/**
 * The published contents (live version, any audience) that use any of these archive assets, by
 * any path (inline body images included: a Lexical body cannot be queried, so the published
 * contents are read page by page). System read, in the caller's transaction (`req`).
 */
export const publishedContentsUsing = async (req: PayloadRequest, assetIds: Array<number | string>): Promise<PublishedUse[]> => {
  const wanted = new Set(assetIds.map(String))
  if (wanted.size === 0) return []
  const found: PublishedUse[] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({
      collection: SLUGS.contents,
      where: { _status: { equals: 'published' } },
      select: { title: true, heroImage: true, gallery: true, videos: true, body: true },
      depth: 0,
      limit: 200,
      page,
      sort: 'id',
      req,
      overrideAccess: true,
    })
    for (const doc of result.docs as unknown as ContentDoc[]) {
      const used = assetsOfContent(doc).filter((id) => wanted.has(id))
      if (used.length) found.push({ id: doc.id, title: doc.title ?? String(doc.id), assetIds: used })
    }
    if (!result.hasNextPage) return found
  }
}
