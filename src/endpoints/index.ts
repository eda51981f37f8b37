import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { cancelScheduledEndpoint, claimReviewEndpoint, releaseClaimEndpoint } from './adminTools.js'
import { factCheckAnswerEndpoint, factCheckPreviewEndpoint, factCheckRequestEndpoint } from './factCheck.js'
import { workflowEventsExportEndpoint } from './workflowEventsExport.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  // Notifications and external fact check (area: comms). The fixed `request` path comes before `:token`.
  factCheckRequestEndpoint(options),
  factCheckPreviewEndpoint(options),
  factCheckAnswerEndpoint(options),
  workflowEventsExportEndpoint(options),
  // Admin: review claims and the calendar's cancel button (area: admin)
  claimReviewEndpoint(options),
  releaseClaimEndpoint(options),
  cancelScheduledEndpoint(options),
]
