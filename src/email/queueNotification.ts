import type { PayloadRequest } from 'payload'

export type NotificationEvent =
  | 'content-approved'
  | 'content-changes-requested'
  | 'content-published'
  | 'content-review-requested'
  | 'request-assigned'
  | 'request-delivered'
  | 'request-needs-info'
  | 'request-rejected'

export type NotificationInput = {
  event: NotificationEvent
  collection: string
  id: number | string
  eventId?: number | string | null
  comment?: null | string
}

/**
 * Queues the e-mail notification of an applied transition, in the transition's transaction.
 * replaced at merge by the comms area (placeholder of the workflow branch: does nothing).
 */
export const queueNotification = async (_req: PayloadRequest, _input: NotificationInput): Promise<void> => {
  // replaced at merge by the comms area
}
