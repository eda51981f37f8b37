import type { OpenDataset } from './types.js'

import { publishedContentsDataset, requestStatisticsDataset } from './datasets.js'
import { publishedIndicatorsDataset } from './indicators.js'

/**
 * Every open dataset the plugin publishes. ONE entry per dataset: the catalogue, the CSV and the
 * JSON endpoints are derived from it.
 */
export const openDataRegistry: OpenDataset[] = [publishedContentsDataset, requestStatisticsDataset, publishedIndicatorsDataset]
