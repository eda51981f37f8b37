import type { Endpoint } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { contentBySlugEndpoint, contentListEndpoint } from './contents.js'
import { atomFeedEndpoint, rssFeedEndpoint } from './feeds.js'
import { openDataEndpoints } from './openData.js'
import { sitemapEndpoint } from './sitemap.js'

/** Every root endpoint the plugin registers (under `/api`). */
export const pregoneroEndpoints = (options: ResolvedOptions): Endpoint[] => [
  // Public content API (issue 7): website conveniences, feeds, sitemap, open data
  contentBySlugEndpoint(options),
  contentListEndpoint(options),
  rssFeedEndpoint(options),
  atomFeedEndpoint(options),
  sitemapEndpoint(options),
  ...openDataEndpoints(options),
]
