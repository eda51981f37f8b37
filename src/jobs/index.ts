import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

/** Every job task the plugin registers. */
export const pregoneroTasks = (_options: ResolvedOptions): TaskConfig[] => []
