import type { PayloadRequest, TaskConfig } from 'payload'

import { JobCancelledError } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { tr } from '../../../kernel/i18n/index.js'
import { formatWallClock } from '../../../kernel/time/zonedTime.js'
import { SCHEDULED_TRANSITION, scheduleRefusal } from './rules.js'
import { PUBLISH_ON_SCHEDULE, SCHEDULE_FAILED_ALERT, type ScheduleInput } from './schedules.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimary } from '../../../kernel/sql/readOnPrimary.js'

const RETRIES = 3

type Content = Record<string, unknown> & { id: number | string; title?: string }

/** A scheduled publication that could not be made: one open alert per content for the head (critical). */
const alertFailure = async (req: PayloadRequest, options: ResolvedOptions, input: ScheduleInput, content: Content | null, reason: string, jobId?: unknown) => {
  const at = formatWallClock(new Date(input.at), options.timeZone)
  const title = content?.title ?? `#${input.content}`
  // Stored text is read by the whole office: written in the office's language (the fallback).
  await raiseAlert(req, {
    kind: SCHEDULE_FAILED_ALERT,
    severity: 'critical',
    subject: { collection: SLUGS.contents, id: input.content, title },
    message: { key: 'scheduleFailedAlert', vars: { title, at, reason } },
    details: { jobId: jobId === undefined ? null : String(jobId), at: input.at, action: input.action, scheduledBy: input.scheduledBy, reason },
  })
}

/** Read on the primary (readOnPrimary): a lagging read replica would miss or misstate the piece. */
const loadContent = async (req: PayloadRequest, id: string) =>
  readOnPrimary(req, async (req) => (await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })) as unknown as Content | null)

/**
 * Makes a scheduled publication when its time comes, as the user who scheduled it, through the
 * ordinary update (so the workflow hook applies every rule and writes the trail). If that user may
 * no longer do it, or the content is no longer where it was (sent back for changes), the job ends
 * without retrying and the head gets an alert; other failures are retried, and alert when the last
 * try fails.
 */
export const publishOnScheduleTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: PUBLISH_ON_SCHEDULE,
    label: 'Pregonero: publicación programada',
    retries: RETRIES,
    inputSchema: [
      { name: 'content', type: 'text', required: true },
      { name: 'action', type: 'select', options: ['publish', 'unpublish'], required: true },
      { name: 'scheduledBy', type: 'text', required: true },
      { name: 'at', type: 'text', required: true },
    ],
    handler: async ({ input, job, req }: { input: ScheduleInput; job: { id: unknown }; req: PayloadRequest }) => {
      const content = await loadContent(req, input.content)
      const scheduler = input.scheduledBy
        ? await readOnPrimary(req, (req) => req.payload.findByID({ collection: SLUGS.users, id: input.scheduledBy, depth: 0, overrideAccess: true, disableErrors: true, req }))
        : null
      const refuse = async (reason: string): Promise<never> => {
        await alertFailure(req, options, input, content, reason, job.id)
        throw new JobCancelledError(reason)
      }
      if (!content) return refuse(tr(null, 'notFound'))
      // Already where the schedule would take it (a second runner, a retry after the write, the head
      // publishing by hand first): done, nothing to alert.
      if (content.stage === SCHEDULED_TRANSITION[input.action].to) return { output: {} }
      if (!scheduler) return refuse(tr(null, 'scheduleNeedsScheduler'))
      const user = { ...scheduler, collection: SLUGS.users } as unknown as NonNullable<PayloadRequest['user']>
      const refusal = scheduleRefusal(null, options, user, content, input.action)
      if (refusal) return refuse(refusal.message)
      try {
        await req.payload.update({
          collection: SLUGS.contents,
          id: content.id,
          data: { stage: SCHEDULED_TRANSITION[input.action].to },
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
      } catch (error) {
        const status = (error as { status?: number }).status
        // Another run got there first (409: the stage moved under this one — a second instance
        // running the job after its lease, or the head by hand): done if it is where it should be.
        if (status === 409 && (await loadContent(req, input.content))?.stage === SCHEDULED_TRANSITION[input.action].to) return { output: {} }
        // A rule refused it (4xx): trying again gives the same answer.
        if (typeof status === 'number' && status >= 400 && status < 500) return refuse((error as Error).message)
        throw error
      }
      return { output: {} }
    },
    onFail: async ({ input, job, req, taskStatus }: { input: ScheduleInput; job: { id: unknown }; req: PayloadRequest; taskStatus?: { totalTried?: number } | null }) => {
      // Called on every failed try; the alert belongs to the last one (Payload stops after RETRIES).
      if ((taskStatus?.totalTried ?? 0) < RETRIES) return
      await alertFailure(req, options, input, await loadContent(req, input.content), tr(null, 'scheduleRetriesExhausted'), job.id)
    },
  }) as unknown as TaskConfig
