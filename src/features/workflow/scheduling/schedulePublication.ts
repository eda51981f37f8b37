import type { PayloadRequest } from 'payload'

import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { actingUser } from '../../../kernel/machine/authorizeTransition.js'
import { type Refusal, type ScheduleAction, scheduleInstant, scheduleRefusal } from './rules.js'
import { cancelScheduleJob, pendingSchedulesOf, PUBLISH_ON_SCHEDULE, type ScheduleInput } from './schedules.js'
import { SLUGS } from '../../../kernel/slugs.js'

type Id = number | string

/** A refusal as the 4xx every API shows: the message, and `data.errors` on the field's path. */
export const refusalError = (refusal: Refusal) =>
  new APIError(refusal.message, refusal.status, { collection: SLUGS.contents, errors: [{ path: refusal.path, message: refusal.message }] }, true)

/**
 * Schedules a content to be published (or unpublished) at `at`, as the signed-in user. Refused now,
 * with the reason, when the user could not make that transition now (role, stage) or the time is
 * not a future date; the job re-checks when it runs. A new schedule replaces the content's pending
 * one for the same action. The content is read with the user's own access.
 */
export const schedulePublication = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  { id, at, action = 'publish' }: { id: Id; at: unknown; action?: ScheduleAction },
): Promise<{ jobId: Id; waitUntil: string; action: ScheduleAction }> => {
  const user = actingUser(req)
  if (!user) throw new APIError(tr(req, 'unauthorized'), 401, null, true)
  // The content is read, judged and scheduled in one transaction: on the primary, never a lagging
  // read replica (a piece approved a moment ago on another instance must not be refused or missed).
  const ownTransaction = await initTransaction(req)
  try {
    const content = (await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: false, user, req })) as unknown as Record<string, unknown>
    const refusal = scheduleRefusal(req, options, user, content, action)
    if (refusal) throw refusalError(refusal)
    const when = scheduleInstant(req, at, options.timeZone)
    if ('refusal' in when) throw refusalError(when.refusal)
    for (const pending of await pendingSchedulesOf(req.payload, id, req)) {
      if (pending.action === action) await cancelScheduleJob(req, pending.jobId)
    }
    const input: ScheduleInput = { content: String(id), action, scheduledBy: String(user.id), at: when.at.toISOString() }
    const job = (await req.payload.jobs.queue({ task: PUBLISH_ON_SCHEDULE, queue: options.jobsQueue, input: input, waitUntil: when.at, req })) as unknown as { id: Id }
    if (ownTransaction) await commitTransaction(req)
    return { jobId: job.id, waitUntil: when.at.toISOString(), action }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}
