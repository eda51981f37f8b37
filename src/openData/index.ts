export { CSV_BOM, toCSV } from './csv.js'
export { publishedContentsDataset, requestStatisticsDataset } from './datasets.js'
export { openDataRegistry } from './registry.js'
export type { OpenDataColumn, OpenDataMetadata, OpenDataset } from './types.js'
