import type { Payload } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

type Label = { es: string; en: string }

export type OpenDataColumn = { key: string; title: Label; type: 'boolean' | 'date' | 'integer' | 'number' | 'text' | 'url' }

/**
 * One open dataset (Ley 1712 de 2014, Decreto 103 de 2015: "datos abiertos"). Adding a dataset is
 * adding ONE entry of this type to the registry (`openDataRegistry` in ./registry.ts).
 */
export type OpenDataset = {
  /** URL name: `/api/pregonero/open-data/<id>.csv|json`. Lowercase, digits and hyphens. */
  id: string
  title: Label
  description: Label
  /** Update frequency, as datos.gov.co states it. */
  frequency: Label
  /** Personal data never goes in a dataset: `columns` are the whole public schema. */
  columns: readonly OpenDataColumn[]
  /** The rows and the time of the most recent change of the data they come from. */
  load: (payload: Payload, options: ResolvedOptions) => Promise<{ rows: Record<string, unknown>[]; lastUpdate: null | string }>
}

export type OpenDataMetadata = {
  id: string
  title: Label
  description: Label
  frequency: Label
  license: string
  licenseURL: string
  publisher: string
  lastUpdate: null | string
  columns: readonly OpenDataColumn[]
  distributions: { format: 'CSV' | 'JSON'; mediaType: string; url: string }[]
}
