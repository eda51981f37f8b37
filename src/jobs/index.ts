import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { archiveConsentEndedTask } from './tasks/archiveConsentEnded.js'
import { archiveFixityTask } from './tasks/archiveFixity.js'
import { archiveLicenceExpiryTask } from './tasks/archiveLicenceExpiry.js'
import { archivePendingConsentTask } from './tasks/archivePendingConsent.js'
import { alertDigestTask } from './tasks/alertDigest.js'
import { complianceChecksTask } from './tasks/complianceChecks.js'
import { followUpReportsTask } from './tasks/followUpReports.js'
import { measureContentTask } from './tasks/measureContent.js'
import { measureIndicatorsTask } from './tasks/measureIndicators.js'
import { monitoringNegativeSpikeTask } from './tasks/monitoringNegativeSpike.js'
import { recoverNotificationsTask } from './tasks/recoverNotifications.js'
import { sendNotificationTask } from './tasks/sendNotification.js'
import { publishOnScheduleTask } from '../workflow/scheduling/publishOnScheduleTask.js'

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
