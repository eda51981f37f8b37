import type { CollectionBeforeChangeHook, Where } from 'payload'

import { type LabelRequest, withLabel } from '../../../../../kernel/i18n/fieldLabel.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { isDraftSave, skipsWorkflow } from '../../../../../kernel/machine/context.js'
import { workflowError } from '../../../../../kernel/machine/errors.js'
import { firstFree, SLUG_PATTERN, slugify } from '../../../slugs.js'

const SLUG = 'contents'

/**
 * A content's public address (issue 15, item 6). Runs after the workflow hook, so `_status` and
 * `publishedAt` say whether this save publishes and whether the piece was ever published:
 * - until its first publication the slug is editable; left empty, it comes from the title
 *   (accent-folded, made unique with -2, -3…); a typed one must be well formed and free;
 * - after its first publication it never changes (the feed, the sitemap and shared links use it);
 * - a publication that sends an empty slug is refused, naming the field.
 */
export const assignSlug: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const previous = typeof originalDoc?.slug === 'string' && originalDoc.slug ? originalDoc.slug : null
  const sent = 'slug' in data ? (typeof data.slug === 'string' ? data.slug.trim() : '') : undefined
  const checked = !skipsWorkflow(req)
  // Draft saves of a piece live only in its versions: a slug is taken when the live row or the
  // latest draft of another content holds it.
  const taken = async (candidate: string) => {
    const where: Where = { and: [{ slug: { equals: candidate } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] }
    for (const draft of [false, true]) {
      const found = await req.payload.find({ collection: SLUG, where, draft, limit: 1, depth: 0, pagination: false, overrideAccess: true, req, select: { slug: true } })
      if (found.docs.length > 0) return true
    }
    return false
  }

  if (originalDoc?.publishedAt && previous) {
    if (checked && sent !== undefined && sent !== previous) throw workflowError(SLUG, 'slug', tr(req, 'slugFrozen', { value: previous }), req)
    data.slug = previous
    return data
  }
  if (sent) {
    // A malformed slug is the field's own validation (validateSlug), reported with the other fields'
    // errors; Payload does not validate a draft save, so that one is refused here.
    if (!SLUG_PATTERN.test(sent)) {
      if (isDraftSave(req, SLUG)) throw workflowError(SLUG, 'slug', tr(req, 'slugInvalid', { value: sent }), req)
      return data
    }
    if (sent !== previous && (await taken(sent))) throw workflowError(SLUG, 'slug', tr(req, 'slugTaken', { value: sent }), req)
    data.slug = sent
    return data
  }
  if (checked && sent !== undefined && data._status === 'published') throw workflowError(SLUG, 'slug', tr(req, 'slugRequired'), req)
  if (sent === undefined && previous) return data
  const title = String(data.title ?? originalDoc?.title ?? '')
  data.slug = await firstFree(slugify(title), taken)
  return data
}

/** The slug's form, checked with the other fields (a 400 naming `slug` beside any other field's error). */
export const validateSlug = (value: unknown, { req }: { req: Parameters<typeof tr>[0] }): string | true =>
  value === null || value === undefined || value === '' || (typeof value === 'string' && SLUG_PATTERN.test(value.trim()))
    ? true
    : withLabel(req as LabelRequest, SLUG, 'slug', tr(req, 'slugInvalid', { value: String(value) }))
