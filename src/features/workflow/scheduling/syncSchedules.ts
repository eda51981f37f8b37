import type { CollectionAfterChangeHook } from 'payload'

import { tr } from '../../../kernel/i18n/index.js'
import { SCHEDULED_TRANSITION } from './rules.js'
import { cancelScheduleJob, pendingSchedulesOf, SCHEDULE_FAILED_ALERT } from './schedules.js'
import { SLUGS } from '../../../kernel/slugs.js'

/**
 * Keeps a content's schedules true to its stage. When the stage changes, a pending schedule that
 * no longer applies (an approved piece sent back for changes) is cancelled instead of failing at
 * its time; once the piece is published or unpublished, the alert of a failed schedule is resolved.
 */
export const syncSchedules: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (operation !== 'update' || doc.stage === previousDoc?.stage) return doc
  for (const pending of await pendingSchedulesOf(req.payload, doc.id, req)) {
    if (SCHEDULED_TRANSITION[pending.action].from !== doc.stage) {
      await cancelScheduleJob(req, pending.jobId)
    }
  }
  if (doc.stage === 'published' || doc.stage === 'unpublished') {
    const { docs } = await req.payload.find({
      collection: SLUGS.alerts,
      where: { and: [{ kind: { equals: SCHEDULE_FAILED_ALERT } }, { 'subject.documentId': { equals: String(doc.id) } }, { status: { not_equals: 'resolved' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const alert of docs) {
      await req.payload.update({
        collection: SLUGS.alerts,
        id: alert.id,
        data: { status: 'resolved', resolutionNote: tr(null, 'scheduleFailureSettled') },
        overrideAccess: true,
        req,
      })
    }
  }
  return doc
}
