import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { SLUGS } from '../../../../../kernel/slugs.js'

const idOf = (value: unknown): null | number | string =>
  value === null || value === undefined || value === '' ? null : typeof value === 'object' ? idOf((value as { id?: unknown }).id) : (value as number | string)

/**
 * A new trail row keeps the names it records as they were (issue 15, items 5 and 9): the actor's
 * name and the document's title. Whoever reads the trail then sees people and documents by name —
 * a liaison who may not read the office's user accounts, an auditor reading a row whose document
 * was renamed or deleted — instead of "#2". Read in the change's transaction (`req`), by the system.
 */
export const nameTrailRow: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const actor = idOf(data.actor)
  if (actor !== null && !data.actorName) {
    const user = req.user && String(req.user.id) === String(actor) ? req.user : await req.payload.findByID({ collection: SLUGS.users, id: actor, depth: 0, req, overrideAccess: true, disableErrors: true })
    const name = (user as null | { name?: null | string; email?: null | string })?.name ?? (user as null | { email?: null | string })?.email
    if (name) data.actorName = name
  }
  const collection = typeof data.collection === 'string' ? req.payload.collections[data.collection as CollectionSlug] : undefined
  const titleField = collection?.config.admin?.useAsTitle
  if (collection && titleField && titleField !== 'id' && data.document && !data.documentTitle) {
    const doc = await req.payload.findByID({
      collection: collection.config.slug as CollectionSlug,
      id: String(data.document),
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      draft: Boolean(collection.config.versions && typeof collection.config.versions === 'object' && collection.config.versions.drafts),
      select: { [titleField]: true },
    })
    const title = (doc as null | Record<string, unknown>)?.[titleField]
    if (typeof title === 'string' && title) data.documentTitle = title
  }
  return data
}
