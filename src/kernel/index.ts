import type {} from './context.js' // the kernel's req.context keys
import type { ResolvedOptions } from '../types.js'
import type { FeaturePart } from './config/featurePart.js'

import { healthEndpoint } from './health/endpoint.js'
import { createJobLeasesCollection } from './jobs/collections/JobLeases/index.js'
import { createNotificationDeliveriesCollection } from './notifications/collections/NotificationDeliveries/index.js'
import { recoverNotificationsTask } from './notifications/tasks/recoverNotifications.js'
import { sendNotificationTask } from './notifications/tasks/sendNotification.js'
import { createBackgroundWorkCollection } from './work/collections/BackgroundWork/index.js'

/** What the kernel itself adds: e-mail deliveries and their jobs, job leases, the background-work records, the health endpoint. */
export const kernelPart = (options: ResolvedOptions): FeaturePart => ({
  collections: [createJobLeasesCollection(options), createNotificationDeliveriesCollection(options), createBackgroundWorkCollection(options)],
  tasks: [sendNotificationTask(options), recoverNotificationsTask(options)],
  endpoints: [healthEndpoint(options)],
})
