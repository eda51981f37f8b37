import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { monitoringNegativeSpikeTask } from './tasks/monitoringNegativeSpike.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [
  monitoringNegativeSpikeTask(options), // monitoring (issue 5)
]
