import type { TaskConfig } from 'payload'

import { getCurrentDate } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { SEND_NOTIFICATION_TASK } from './sendNotification.js'

export const RECOVER_NOTIFICATIONS_TASK = 'pregoneroRecoverNotifications'
const JOBS = 'payload-jobs' as 'users'

/**
 * The last piece of "nothing lost". Payload's runner marks a job `processing: true` when it picks
 * it up and never looks at it again if the process dies (or its bookkeeping write fails) before the
 * job is finished: such a notification would never be retried. Every 5 minutes this task hands
 * notification jobs that have been "processing" for more than twice the delivery lease back to the
 * queue. That is safe: a send always goes through the delivery claim (sendNotification.ts), so a
 * job whose mail was in fact accepted finds `sent` and completes without sending again.
 */
export const recoverNotificationsTask = (options: ResolvedOptions): TaskConfig => {
  const staleMs = options.notifications.leaseSeconds * 2 * 1000
  const task: TaskConfig<{ input: object; output: { released: number } }> = {
    slug: RECOVER_NOTIFICATIONS_TASK,
    label: 'Pregonero: reanudar notificaciones interrumpidas',
    schedule: [{ cron: '0 */5 * * * *', queue: options.jobsQueue }],
    retries: 2,
    outputSchema: [{ name: 'released', type: 'number', required: true }],
    handler: async ({ req }) => {
      const before = new Date(getCurrentDate().getTime() - staleMs).toISOString()
      const { docs } = await req.payload.update({
        collection: JOBS,
        where: {
          and: [
            { taskSlug: { equals: SEND_NOTIFICATION_TASK } },
            { processing: { equals: true } },
            { completedAt: { exists: false } },
            { updatedAt: { less_than: before } },
          ],
        },
        data: { processing: false } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
      if (docs.length) req.payload.logger.warn({ msg: `pregonero: ${docs.length} interrupted notification job(s) released for retry` })
      return { output: { released: docs.length } }
    },
  }
  return task as unknown as TaskConfig
}
