import type {} from './context.js' // the feature's req.context keys
import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createIntranetReadsCollection } from './collections/IntranetReads/index.js'
import { createMediaMentionsCollection } from './collections/MediaMentions/index.js'
import { createMediaOutletsCollection } from './collections/MediaOutlets/index.js'
import { createSocialAccountsCollection } from './collections/SocialAccounts/index.js'
import { createSocialMetricsCollection } from './collections/SocialMetrics/index.js'
import { monitoringEndpoints } from './endpoints.js'
import { importCsvTask } from './tasks/importCsv.js'
import { monitoringNegativeSpikeTask } from './tasks/monitoringNegativeSpike.js'

/** Media and social monitoring, and intranet reads. */
export const monitoringFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [
    createMediaOutletsCollection(options),
    createMediaMentionsCollection(options),
    createSocialAccountsCollection(options),
    createSocialMetricsCollection(options),
    createIntranetReadsCollection(options),
  ],
  endpoints: monitoringEndpoints(options),
  tasks: [monitoringNegativeSpikeTask(options), importCsvTask(options)],
})
