import type {} from './context.js' // the feature's req.context keys
import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createArchiveAssetsCollection } from './collections/ArchiveAssets/index.js'
import { createArchiveDisposalsCollection } from './collections/ArchiveDisposals/index.js'
import { createBrandAssetsCollection } from './collections/BrandAssets/index.js'
import { createBrandManualGlobal } from './collections/BrandManual/index.js'
import { createRetentionSeriesCollection } from './collections/RetentionSeries/index.js'
import { archiveDispositionEndpoint, archiveInventoryEndpoint, importRetentionSeriesEndpoint } from './endpoints.js'
import { archiveConsentEndedTask } from './tasks/archiveConsentEnded.js'
import { archiveFixityTask } from './tasks/archiveFixity.js'
import { archiveLicenceExpiryTask } from './tasks/archiveLicenceExpiry.js'
import { archivePendingConsentTask } from './tasks/archivePendingConsent.js'

/** The protected audiovisual archive and the institutional image manual. */
export const archiveFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [
    createArchiveAssetsCollection(options),
    createRetentionSeriesCollection(options),
    createArchiveDisposalsCollection(options),
    createBrandAssetsCollection(options),
  ],
  globals: [createBrandManualGlobal(options)],
  endpoints: [archiveInventoryEndpoint(options), archiveDispositionEndpoint(options), importRetentionSeriesEndpoint(options)],
  tasks: [archiveFixityTask(options), archiveLicenceExpiryTask(options), archivePendingConsentTask(options), archiveConsentEndedTask(options)],
})
