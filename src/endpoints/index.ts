import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (_options: ResolvedOptions): Endpoint[] => []
