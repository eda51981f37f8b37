import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '../../kernel/access/index.js'
import { conflict, forbidden, invalidField } from '../../kernel/errors.js'
import { tr } from '../../kernel/i18n/index.js'

import { recordWorkflowEvent } from '../../kernel/machine/recordEvent.js'
import { sameId } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

type EventDoc = {
  id: number | string
  collection: string
  document: string
  to: string
  actor?: unknown
  department?: unknown
  forced?: boolean
  reviewedAt?: null | string
}

/**
 * The one audited way to touch an existing trail row: a head or editor other than whoever forced
 * it marks a forced transition as reviewed, with a note. Writes the review fields on the row and a
 * `forced-review` event, in one transaction.
 */
export const markForcedEventReviewed = async (
  req: PayloadRequest,
  { eventId, note }: { eventId: number | string; note: string },
) => {
  const user = req.user
  if (!user || !hasRole(user, 'head', 'editor')) {
    throw forbidden(tr(req, 'reviewForcedRole'))
  }
  if (!note?.trim()) throw invalidField('workflow-events', 'reviewNote', tr(req, 'reviewForcedNote'), req)
  const shouldCommit = await initTransaction(req)
  try {
    const event = (await req.payload.findByID({
      collection: SLUGS.workflowEvents,
      id: eventId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as EventDoc | null
    if (!event) throw invalidField('workflow-events', 'id', tr(req, 'reviewForcedNoEvent'), req)
    if (!event.forced) throw conflict(tr(req, 'reviewForcedNotForced'))
    if (event.reviewedAt) throw conflict(tr(req, 'reviewForcedAlready'))
    if (sameId(event.actor, user.id)) {
      throw forbidden(tr(req, 'reviewForcedSelf'))
    }
    const at = new Date().toISOString()
    req.context.pregoneroReviewMark = true
    let updated: unknown
    try {
      updated = await req.payload.update({
        collection: SLUGS.workflowEvents,
        id: event.id,
        data: { reviewedBy: user.id, reviewedAt: at, reviewNote: note.trim() },
        req,
        overrideAccess: true,
        depth: 0,
      })
    } finally {
      delete req.context.pregoneroReviewMark
    }
    await recordWorkflowEvent(req, {
      collection: event.collection,
      document: event.document,
      from: event.to,
      to: event.to,
      comment: note,
      department: event.department as never,
      kind: 'forced-review',
      details: { reviewedEvent: event.id },
      at,
    })
    if (shouldCommit) await commitTransaction(req)
    return updated
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
