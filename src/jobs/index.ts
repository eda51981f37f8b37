import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { measureContentTask } from './tasks/measureContent.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (options: ResolvedOptions): TaskConfig[] => [measureContentTask(options)]
