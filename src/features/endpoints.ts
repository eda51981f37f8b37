import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { cancelScheduledEndpoint, claimReviewEndpoint, releaseClaimEndpoint } from './workflow/endpoints/adminTools.js'
import { archiveDispositionEndpoint, archiveInventoryEndpoint, importRetentionSeriesEndpoint } from './archive/endpoints.js'
import { contentBySlugEndpoint, contentListEndpoint } from './publicApi/contents.js'
import { factCheckAnswerEndpoint, factCheckPreviewEndpoint, factCheckRequestEndpoint } from './workflow/factCheck/endpoints.js'
import { atomFeedEndpoint, rssFeedEndpoint } from './publicApi/feeds.js'
import { monitoringEndpoints } from './monitoring/endpoints.js'
import { openDataEndpoints } from './publicApi/openData/endpoints.js'
import { reportEndpoints } from './planning/reports/endpoints.js'
import { sitemapEndpoint } from './publicApi/sitemap.js'
import { workflowEventsExportEndpoint } from './workflow/endpoints/workflowEventsExport.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  // External fact check: the fixed `request` path comes before `:token`.
  factCheckRequestEndpoint(options),
  factCheckPreviewEndpoint(options),
  factCheckAnswerEndpoint(options),
  workflowEventsExportEndpoint(options),
  // Plan, measure and act
  ...reportEndpoints(options),
  // Monitoring
  ...monitoringEndpoints(options),
  // Archive
  archiveInventoryEndpoint(options),
  archiveDispositionEndpoint(options),
  importRetentionSeriesEndpoint(options),
  // Admin: review claims and the calendar's cancel button (area: admin)
  claimReviewEndpoint(options),
  releaseClaimEndpoint(options),
  cancelScheduledEndpoint(options),
  // Public content API (issue 7): website conveniences, feeds, sitemap, open data
  contentBySlugEndpoint(options),
  contentListEndpoint(options),
  rssFeedEndpoint(options),
  atomFeedEndpoint(options),
  sitemapEndpoint(options),
  ...openDataEndpoints(options),
]
