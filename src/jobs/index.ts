import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { alertDigestTask } from './tasks/alertDigest.js'
import { complianceChecksTask } from './tasks/complianceChecks.js'
import { followUpReportsTask } from './tasks/followUpReports.js'
import { measureIndicatorsTask } from './tasks/measureIndicators.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [
  // plan-measure-act
  complianceChecksTask(options),
  alertDigestTask(options),
  measureIndicatorsTask(options),
  followUpReportsTask(options),
]
