import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { recoverNotificationsTask } from './tasks/recoverNotifications.js'
import { sendNotificationTask } from './tasks/sendNotification.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [
  // Notifications and external fact check (area: comms)
  sendNotificationTask(options),
  recoverNotificationsTask(options),
]
