import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { archiveConsentEndedTask } from './archive/tasks/archiveConsentEnded.js'
import { archiveFixityTask } from './archive/tasks/archiveFixity.js'
import { archiveLicenceExpiryTask } from './archive/tasks/archiveLicenceExpiry.js'
import { archivePendingConsentTask } from './archive/tasks/archivePendingConsent.js'
import { alertDigestTask } from './planning/tasks/alertDigest.js'
import { complianceChecksTask } from './planning/tasks/complianceChecks.js'
import { followUpReportsTask } from './planning/tasks/followUpReports.js'
import { measureContentTask } from './workflow/tasks/measureContent.js'
import { measureIndicatorsTask } from './planning/tasks/measureIndicators.js'
import { monitoringNegativeSpikeTask } from './monitoring/tasks/monitoringNegativeSpike.js'
import { recoverNotificationsTask } from '../kernel/notifications/tasks/recoverNotifications.js'
import { sendNotificationTask } from '../kernel/notifications/tasks/sendNotification.js'
import { publishOnScheduleTask } from './workflow/scheduling/publishOnScheduleTask.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [
  // Workflow: scheduled publications, later measurement of a published content
  publishOnScheduleTask(options),
  measureContentTask(options),
  // Notifications
  sendNotificationTask(options),
  recoverNotificationsTask(options),
  // Plan, measure and act
  complianceChecksTask(options),
  alertDigestTask(options),
  measureIndicatorsTask(options),
  followUpReportsTask(options),
  // Monitoring
  monitoringNegativeSpikeTask(options),
  // Archive
  archiveFixityTask(options),
  archiveLicenceExpiryTask(options),
  archivePendingConsentTask(options),
  archiveConsentEndedTask(options),
]
