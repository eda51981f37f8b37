import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { archiveFixityTask } from './tasks/archiveFixity.js'
import { archiveLicenceExpiryTask } from './tasks/archiveLicenceExpiry.js'
import { archivePendingConsentTask } from './tasks/archivePendingConsent.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [
  // archive (issue 4)
  archiveFixityTask(options),
  archiveLicenceExpiryTask(options),
  archivePendingConsentTask(options),
]
