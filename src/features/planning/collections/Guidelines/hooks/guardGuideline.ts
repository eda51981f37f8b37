import type { CollectionBeforeChangeHook } from 'payload'

import { keepDerived } from '../../../derivedFields.js'

const CONTENT_FIELDS = ['title', 'body', 'summary', 'document'] as const

/**
 * Guideline lifecycle (the guideline machine, src/features/planning/machines/guidelines.ts, judges
 * every move after this hook): each approval is a new version number, stamped with who and when;
 * publishing to staff stamps the date. Changing the text of an approved, published or withdrawn
 * guideline sends it back to draft (a new version needs a new approval); Payload versions keep every one.
 */
export const guardGuideline: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, ['versionNumber', 'approval', 'publishedAt'], context, originalDoc)
  const from = operation === 'create' ? 'draft' : originalDoc?.status
  let to = next.status ?? from
  const textChanged =
    operation === 'update' &&
    CONTENT_FIELDS.some((f) => f in data && JSON.stringify(data[f] ?? null) !== JSON.stringify(originalDoc?.[f] ?? null))
  if (textChanged && from !== 'draft' && to === from) to = next.status = 'draft'
  if (to === 'approved' && from !== 'approved') {
    next.approval = { approvedBy: req.user?.id ?? null, approvedAt: new Date().toISOString() }
    next.versionNumber = Number(originalDoc?.versionNumber ?? 0) + 1
  }
  if (to === 'published' && from !== 'published') next.publishedAt = new Date().toISOString()
  return next
}
