import type { Payload } from 'payload'

import { PUBLISH_ON_SCHEDULE } from '../../../src/features/workflow/scheduling/schedules.js'
import { makeUser } from '../../helpers/users.js'

/** System fixtures for the admin tests: created with `context: { skipWorkflow: true }`. */
export const skip = { context: { skipWorkflow: true } }

export const makeDepartment = (payload: Payload, code: string) =>
  payload.create({ collection: 'departments', data: { name: `Dependencia ${code}`, code } as never, ...skip })

export const makeRequest = (
  payload: Payload,
  data: { title: string; department: number | string; status?: string; dueDate?: string; eventDate?: string; assignees?: Array<number | string>; channels?: string[]; requestedBy?: number | string },
) =>
  payload.create({
    collection: 'communication-requests',
    data: {
      title: data.title,
      department: data.department,
      description: 'Fixture',
      products: [{ type: 'news', channels: data.channels ?? ['web'] }],
      status: data.status ?? 'accepted',
      dueDate: data.dueDate,
      event: data.eventDate ? { date: data.eventDate, place: 'Plaza de Nariño' } : undefined,
      assignees: data.assignees,
      requestedBy: data.requestedBy,
    } as never,
    ...skip,
  })

export const makeContent = (
  payload: Payload,
  data: { title: string; stage?: string; request?: number | string; departments?: Array<number | string>; channels?: string[] },
) =>
  payload.create({
    collection: 'contents',
    data: {
      title: data.title,
      kind: 'news',
      audience: 'external',
      stage: data.stage ?? 'draft',
      request: data.request,
      departments: data.departments,
      channels: data.channels,
    } as never,
    draft: true,
    ...skip,
  })

/** A pending scheduled publication, exactly as the workflow panel's scheduler queues it (src/workflow/scheduling/). */
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

export { makeUser }
