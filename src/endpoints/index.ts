import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { archiveDispositionEndpoint, archiveInventoryEndpoint, importRetentionSeriesEndpoint } from './archive.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  // archive (issue 4)
  archiveInventoryEndpoint(options),
  archiveDispositionEndpoint(options),
  importRetentionSeriesEndpoint(options),
]
