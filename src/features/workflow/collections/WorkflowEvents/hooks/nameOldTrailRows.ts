import type { CollectionAfterReadHook, CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** One look-up per person or document per request, whatever the number of rows read. */
const cache = new WeakMap<object, Map<string, Promise<null | string>>>()
const once = (req: PayloadRequest, key: string, load: () => Promise<null | string>): Promise<null | string> => {
  let seen = cache.get(req)
  if (!seen) cache.set(req, (seen = new Map()))
  let found = seen.get(key)
  if (!found) seen.set(key, (found = load().catch(() => null)))
  return found
}

/**
 * Trail rows written before names were recorded (nameTrailRow) read with the person's name and the
 * document's title of today, by the system: the trail is append-only, so the names are given at
 * read time instead of rewriting audit rows (a data migration would have to bypass that rule).
 * Rows that recorded their names keep them.
 */
export const nameOldTrailRows: CollectionAfterReadHook = async ({ doc, req }) => {
  // The audited review mark copies the stored row: it must not write these read-time names into it.
  if (!doc || req.context?.pregoneroReviewMark === true) return doc
  const actor = idOf(doc.actor as never)
  if (!doc.actorName && actor !== null && actor !== undefined) {
    const given = typeof doc.actor === 'object' ? ((doc.actor as { name?: null | string }).name ?? null) : null
    doc.actorName =
      given ??
      (await once(req, `user:${actor}`, async () => {
        const user = (await req.payload.findByID({ collection: SLUGS.users, id: actor, depth: 0, req, overrideAccess: true, disableErrors: true, select: { name: true, email: true } })) as null | { name?: null | string; email?: null | string }
        return user?.name || user?.email || null
      }))
  }
  const collection = typeof doc.collection === 'string' ? req.payload.collections[doc.collection as CollectionSlug] : undefined
  const titleField = collection?.config.admin?.useAsTitle
  if (!doc.documentTitle && collection && titleField && titleField !== 'id' && doc.document) {
    const versions = collection.config.versions
    doc.documentTitle = await once(req, `doc:${collection.config.slug}:${doc.document}`, async () => {
      const found = (await req.payload.findByID({
        collection: collection.config.slug as CollectionSlug,
        id: String(doc.document),
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        draft: Boolean(versions && typeof versions === 'object' && versions.drafts),
        select: { [titleField]: true },
      })) as null | Record<string, unknown>
      const title = found?.[titleField]
      return typeof title === 'string' && title ? title : null
    })
  }
  return doc
}
