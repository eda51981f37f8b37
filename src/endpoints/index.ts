import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { monitoringEndpoints } from './monitoring.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  ...monitoringEndpoints(options), // monitoring (issue 5)
]
