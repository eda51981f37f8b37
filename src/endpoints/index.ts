import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { reportEndpoints } from './reports.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  // plan-measure-act
  ...reportEndpoints(options),
]
