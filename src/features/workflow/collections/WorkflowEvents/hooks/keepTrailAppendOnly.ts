import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { forbidden } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

/** The only fields the audited review path may set on an existing row. */
export const REVIEW_FIELDS = ['reviewedBy', 'reviewedAt', 'reviewNote'] as const

/**
 * The trail is append-only for everyone, system code included: an update is refused unless it
 * comes from `markForcedEventReviewed` (which sets `req.context.pregoneroReviewMark`), and then
 * only the review fields change.
 */
export const keepTrailAppendOnly: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') return data
  if (req.context?.pregoneroReviewMark !== true) {
    throw forbidden(tr(req, 'trailAppendOnly'))
  }
  const kept: Record<string, unknown> = { ...originalDoc }
  for (const field of REVIEW_FIELDS) kept[field] = data[field]
  return kept
}

export const refuseTrailDelete: CollectionBeforeDeleteHook = ({ req }) => {
  throw forbidden(tr(req, 'trailNeverDeleted'))
}
