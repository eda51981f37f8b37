import type { Payload } from 'payload'

import { PUBLISH_ON_SCHEDULE } from '../../../src/features/workflow/scheduling/schedules.js'

/** A pending scheduled publication, exactly as the workflow panel's scheduler queues it (src/features/workflow/scheduling/). */
export const schedulePublish = async (
  payload: Payload,
  contentId: number | string,
  waitUntil: string,
  type: 'publish' | 'unpublish' = 'publish',
  scheduledBy: number | string = 0,
): Promise<{ id: number | string }> =>
  (await payload.jobs.queue({
    task: PUBLISH_ON_SCHEDULE as never,
    queue: 'pregonero',
    input: { content: String(contentId), action: type, scheduledBy: String(scheduledBy), at: new Date(waitUntil).toISOString() } as never,
    waitUntil: new Date(waitUntil),
  })) as unknown as { id: number | string }
