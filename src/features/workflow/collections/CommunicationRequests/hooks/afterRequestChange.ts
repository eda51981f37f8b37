import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { queueNotification } from '../../../../../kernel/notifications/queueNotification.js'

import { actingUser } from '../../../../../kernel/machine/authorizeTransition.js'
import { takePending } from '../../../../../kernel/machine/context.js'
import { syncRequestWithWork } from '../../../delivery.js'
import { writeFollowUp } from '../../../followUps.js'
import { recordWorkflowEvent } from '../../../../../kernel/machine/recordEvent.js'
import { bogotaDate, workingDaysBetween } from '../../../../../kernel/time/workingDays.js'
import { failIfAsked } from '../../../../../kernel/machine/testFailure.js'
import { idOf } from '../../../../../kernel/ids.js'

const SLUG = 'communication-requests'

const NOTIFY: Record<string, 'request-delivered' | 'request-needs-info' | 'request-rejected' | undefined> = {
  'needs-info': 'request-needs-info',
  rejected: 'request-rejected',
  delivered: 'request-delivered',
}

/**
 * After a request changed: one audit row per applied transition or comment (plus one for an
 * assignment change and one for a waiver), the follow-ups of delivery and rating, and the
 * notifications (an assignment notifies only the assignees it added; a cancellation notifies the
 * people working on the request and the head) — all with `req`, in the transaction of the change.
 * A waiver may complete the request: its status then follows its work (delivered).
 */
export const afterRequestChange =
  (_options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const pending = takePending(req, SLUG, operation === 'create' ? [null] : [doc.id])
    if (!pending) return doc
    const department = idOf(doc.department)
    const event =
      pending.kind === 'assignment' || pending.kind === 'waiver' || (pending.kind === 'comment' && !pending.comment)
        ? null
        : await recordWorkflowEvent(req, {
            collection: SLUG,
            document: doc.id,
            from: pending.from,
            to: pending.to,
            actor: pending.actor,
            comment: pending.comment,
            department,
            kind: pending.kind,
            details: pending.details,
          })
    if (pending.waiver) {
      await recordWorkflowEvent(req, {
        collection: SLUG,
        document: doc.id,
        from: pending.to,
        to: pending.to,
        comment: pending.waiver.reason,
        department,
        kind: 'waiver',
        details: { product: pending.waiver.product, type: pending.waiver.type },
      })
    }
    let assignmentEvent: null | { id: number | string } = null
    if (pending.assigneesChanged) {
      assignmentEvent = await recordWorkflowEvent(req, {
        collection: SLUG,
        document: doc.id,
        from: pending.to,
        to: pending.to,
        comment: pending.kind === 'assignment' ? pending.comment : null,
        department,
        kind: 'assignment',
        details: {
          assignees: (Array.isArray(doc.assignees) ? doc.assignees : []).map((a: unknown) => idOf(a)),
          added: pending.addedAssignees ?? [],
        },
      })
    }
    failIfAsked(req, 'after-event')

    const notify = pending.kind === 'transition' ? NOTIFY[pending.to] : undefined
    if (notify && event) {
      await queueNotification(req, { event: notify, collection: SLUG, id: doc.id, eventId: event.id, comment: pending.comment })
    }
    if (pending.kind === 'transition' && pending.to === 'cancelled' && event) {
      await queueNotification(req, { event: 'request-cancelled', collection: SLUG, id: doc.id, eventId: event.id, comment: pending.comment })
    }
    if (assignmentEvent && pending.addedAssignees?.length) {
      await queueNotification(req, {
        event: 'request-assigned',
        collection: SLUG,
        id: doc.id,
        eventId: assignmentEvent.id,
        comment: pending.comment,
        users: pending.addedAssignees,
      })
    }

    if (pending.kind === 'transition' && pending.to === 'delivered') {
      const deliveredAt = doc.deliveredAt ?? new Date().toISOString()
      const start = doc.acceptedAt ?? doc.createdAt
      await writeFollowUp(req, {
        kind: 'request-delivered',
        subjectCollection: SLUG,
        subjectId: doc.id,
        measuredAt: deliveredAt,
        department,
        onTime: doc.dueDate ? bogotaDate(deliveredAt) <= bogotaDate(doc.dueDate) : null,
        // Lead time: working days from acceptance (when the SLA clock starts) to delivery;
        // from filing when the request was never accepted (automatic delivery).
        leadTimeDays: workingDaysBetween(start, deliveredAt),
        values: { code: doc.code, dueDate: doc.dueDate ?? null, acceptedAt: doc.acceptedAt ?? null, deliveredAt, leadTimeFrom: doc.acceptedAt ? 'acceptedAt' : 'createdAt' },
      })
    }
    if (pending.kind === 'transition' && pending.to === 'closed' && doc.satisfaction?.score) {
      await writeFollowUp(req, {
        kind: 'request-rated',
        subjectCollection: SLUG,
        subjectId: doc.id,
        department,
        score: Number(doc.satisfaction.score),
        values: { code: doc.code, comment: doc.satisfaction.comment ?? null },
      })
    }
    failIfAsked(req, 'after-side-effects')
    if (pending.waiver || pending.resync) {
      // A waiver (or the head's change of the products) may have been the last thing missing.
      const status = await syncRequestWithWork(req, doc.id, actingUser(req)?.id ?? null)
      if (status !== doc.status) {
        return (await req.payload.findByID({ collection: SLUG, id: doc.id, depth: 0, req, overrideAccess: true })) as typeof doc
      }
    }
    return doc
  }
