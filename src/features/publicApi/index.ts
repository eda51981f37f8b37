import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { publicCachePurgeTask } from './cache/purge/task.js'
import { contentBySlugEndpoint, contentListEndpoint } from './contents.js'
import { atomFeedEndpoint, rssFeedEndpoint } from './feeds.js'
import { openDataEndpoints } from './openData/endpoints.js'
import { sitemapEndpoint } from './sitemap.js'

/** What the website reads: contents by slug and by filters, feeds, sitemap, open data; the CDN purge of the answer cache (cache/). */
export const publicApiFeature = (options: ResolvedOptions): FeaturePart => ({
  endpoints: [
    contentBySlugEndpoint(options),
    contentListEndpoint(options),
    rssFeedEndpoint(options),
    atomFeedEndpoint(options),
    sitemapEndpoint(options),
    ...openDataEndpoints(options),
  ],
  // Registered whether or not a purge is configured, so the jobs' schema does not depend on options.
  tasks: [publicCachePurgeTask(options.api.publicCache.purge?.adapter, options.api.publicCache.purge?.retries ?? 5)],
})
