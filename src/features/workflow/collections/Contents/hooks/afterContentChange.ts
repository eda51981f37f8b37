import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { queueNotification, type NotificationEvent } from '../../../../../kernel/notifications/queueNotification.js'

import { takePending } from '../../../../../kernel/machine/context.js'
import { requestsOf, syncRequestWithWork } from '../../../delivery.js'
import { writeFollowUp } from '../../../followUps.js'
import { latestVersionId } from '../../../liveContent.js'
import { recordWorkflowEvent } from '../../../../../kernel/machine/recordEvent.js'
import { failIfAsked } from '../../../../../kernel/machine/testFailure.js'
import { idOf } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

const SLUG = 'contents'
export const MEASURE_TASK = 'pregoneroMeasureContent'

const NOTIFY: Record<string, NotificationEvent | undefined> = {
  'in-review': 'content-review-requested',
  'changes-requested': 'content-changes-requested',
  approved: 'content-approved',
  published: 'content-published',
}

/** The department a content answers to: its request's, else the first of its departments. */
export const contentDepartment = async (req: Parameters<CollectionAfterChangeHook>[0]['req'], doc: Record<string, any>) => {
  const requestId = idOf(doc.request)
  if (requestId !== null) {
    const request = (await req.payload.findByID({
      collection: SLUGS.communicationRequests,
      id: requestId,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
    })) as null | { department?: unknown }
    if (request?.department) return idOf(request.department)
  }
  return Array.isArray(doc.departments) && doc.departments.length ? idOf(doc.departments[0]) : null
}

/**
 * After a content changed: its audit row (a transition, a creation, a republication with the
 * version put live, or a comment), the notification, and on publication the `content-published`
 * follow-up and the measurement job (+N days); then the status of its request follows the work
 * (in production, in review, delivered when every requested product is) — all in the
 * transaction of the change.
 */
export const afterContentChange =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const pending = takePending(req, SLUG, operation === 'create' ? [null] : [doc.id])
    if (!pending) return doc
    const department = await contentDepartment(req, doc)
    const publication = pending.kind === 'republication' || (pending.kind === 'transition' && pending.to === 'published')
    const details = publication ? { ...pending.details, version: await latestVersionId(req, doc.id) } : pending.details
    const event =
      pending.kind === 'comment' && !pending.comment
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
            forced: pending.forced,
            details,
          })
    failIfAsked(req, 'after-event')
    const notify = pending.kind === 'transition' ? NOTIFY[pending.to] : undefined
    if (notify && event) await queueNotification(req, { event: notify, collection: SLUG, id: doc.id, eventId: event.id, comment: pending.comment })

    if (pending.kind === 'transition' && pending.to === 'published') {
      await writeFollowUp(req, {
        kind: 'content-published',
        subjectCollection: SLUG,
        subjectId: doc.id,
        measuredAt: doc.publishedAt ?? new Date().toISOString(),
        department,
        contentKind: doc.kind ?? null,
        channels: Array.isArray(doc.channels) ? doc.channels : [],
        values: { title: doc.title, audience: doc.audience, forced: pending.forced, request: idOf(doc.request) },
      })
      if (options.enabled) await req.payload.jobs.queue({
        task: MEASURE_TASK,
        input: { contentId: String(doc.id), publishedAt: doc.publishedAt ?? null },
        queue: options.jobsQueue,
        waitUntil: new Date(Date.now() + options.workflow.measureAfterDays * 24 * 60 * 60 * 1000),
        req,
      })
    }
    // The request's status follows its work (a deliverable created, moved, or moved to another request).
    if (pending.kind === 'created' || pending.kind === 'transition' || pending.previousRequest !== undefined) {
      const actor = pending.actor !== undefined ? pending.actor : (req.user?.id ?? null)
      for (const requestId of requestsOf(doc.request, pending.previousRequest)) await syncRequestWithWork(req, requestId, actor)
    }
    failIfAsked(req, 'after-side-effects')
    return doc
  }
