import type { Payload, PayloadRequest, Where } from 'payload'

import type { ScheduleAction } from './rules.js'

/** The job task of scheduled publications (queued on the plugin's queue with `waitUntil`). */
export const PUBLISH_ON_SCHEDULE = 'pregoneroPublishOnSchedule'

/** The alert raised when a scheduled publication could not be made. */
export const SCHEDULE_FAILED_ALERT = 'scheduled-publication-failed'

/** What a scheduled publication's job carries (ids as text: adapter-neutral). */
export type ScheduleInput = { content: string; action: ScheduleAction; scheduledBy: string; at: string }

type Id = number | string
export type PendingSchedule = { jobId: Id; contentId: string; waitUntil: string; action: ScheduleAction; scheduledBy: string }

type JobDoc = { id: Id; input?: Partial<ScheduleInput> | null; waitUntil?: null | string }

/**
 * Scheduled publications still to run (not running, completed, failed or cancelled), soonest first.
 * A system read of the jobs table: callers show a row only when the user may read its content.
 */
export const pendingSchedules = async (
  payload: Payload,
  where: Where[] = [],
  req?: Partial<PayloadRequest>,
): Promise<PendingSchedule[]> => {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: PUBLISH_ON_SCHEDULE } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { processing: { not_equals: true } },
        ...where,
      ],
    },
    limit: 0,
    depth: 0,
    overrideAccess: true,
    req,
    sort: 'waitUntil',
  })
  return (jobs.docs as unknown as JobDoc[])
    .map((job) => {
      const input = job.input ?? {}
      if (!input.content || !job.waitUntil) return null
      return {
        jobId: job.id,
        contentId: String(input.content),
        waitUntil: job.waitUntil,
        action: input.action === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
        scheduledBy: String(input.scheduledBy ?? ''),
      }
    })
    .filter((row): row is PendingSchedule => row !== null)
}

/**
 * The pending scheduled publications of one content. Filtered here, not by a JSON query on the
 * job's input (not the same on every adapter): pending schedules are few.
 */
export const pendingSchedulesOf = async (payload: Payload, contentId: Id, req?: Partial<PayloadRequest>) =>
  (await pendingSchedules(payload, [], req)).filter((row) => row.contentId === String(contentId))

/**
 * Cancels a scheduled publication inside the caller's transaction, setting what Payload's own
 * cancel sets. (`payload.jobs.cancelByID` opens a transaction of its own, which under SQLite
 * waits for the caller's — a hook's or the scheduler's — until its busy timeout.)
 */
export const cancelScheduleJob = (req: PayloadRequest, jobId: Id) =>
  req.payload.update({
    collection: 'payload-jobs',
    id: jobId,
    data: { completedAt: null, error: { cancelled: true }, hasError: true, processing: false, waitUntil: null },
    depth: 0,
    overrideAccess: true,
    req,
  })
