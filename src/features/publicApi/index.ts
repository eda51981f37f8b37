import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { contentBySlugEndpoint, contentListEndpoint } from './contents.js'
import { atomFeedEndpoint, rssFeedEndpoint } from './feeds.js'
import { openDataEndpoints } from './openData/endpoints.js'
import { sitemapEndpoint } from './sitemap.js'

/** What the website reads: contents by slug and by filters, feeds, sitemap, open data. */
export const publicApiFeature = (options: ResolvedOptions): FeaturePart => ({
  endpoints: [
    contentBySlugEndpoint(options),
    contentListEndpoint(options),
    rssFeedEndpoint(options),
    atomFeedEndpoint(options),
    sitemapEndpoint(options),
    ...openDataEndpoints(options),
  ],
})
