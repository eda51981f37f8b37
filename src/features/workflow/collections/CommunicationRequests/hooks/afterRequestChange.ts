import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { queueNotification } from '../../../../../kernel/notifications/queueNotification.js'
import { idOf } from '../../../../../kernel/machine/compare.js'
import { takePending } from '../../../../../kernel/machine/context.js'
import { writeFollowUp } from '../../../followUps.js'
import { recordWorkflowEvent } from '../../../../../kernel/machine/recordEvent.js'
import { bogotaDate, workingDaysBetween } from '../../../../../kernel/time/workingDays.js'
import { failIfAsked } from '../../../../../kernel/machine/testFailure.js'

const SLUG = 'communication-requests'

const NOTIFY: Record<string, 'request-delivered' | 'request-needs-info' | 'request-rejected' | undefined> = {
  'needs-info': 'request-needs-info',
  rejected: 'request-rejected',
  delivered: 'request-delivered',
}

/**
 * After a request changed: one audit row per applied transition (plus one for an assignment
 * change), the follow-ups of delivery and rating, and the notifications — all with `req`, in the
 * transaction of the change.
 */
export const afterRequestChange =
  (_options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const pending = takePending(req, SLUG, operation === 'create' ? [null] : [doc.id])
    if (!pending) return doc
    const department = idOf(doc.department)
    const event =
      pending.kind === 'assignment'
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
          })
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
        details: { assignees: (Array.isArray(doc.assignees) ? doc.assignees : []).map((a: unknown) => idOf(a)) },
      })
    }
    failIfAsked(req, 'after-event')

    const notify = pending.kind === 'transition' ? NOTIFY[pending.to] : undefined
    if (notify && event) {
      await queueNotification(req, { event: notify, collection: SLUG, id: doc.id, eventId: event.id, comment: pending.comment })
    }
    if (assignmentEvent && Array.isArray(doc.assignees) && doc.assignees.length > 0) {
      await queueNotification(req, { event: 'request-assigned', collection: SLUG, id: doc.id, eventId: assignmentEvent.id, comment: pending.comment })
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
    return doc
  }
