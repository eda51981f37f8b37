import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, authenticated, nobody } from '../../../../kernel/access/index.js'
import { DISPOSITIONS } from '../../dispositions.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * The records retention schedule ("tabla de retención documental", TRD): series and subseries with
 * their retention in each phase and final disposition. Imported from CSV by the office
 * (`POST /api/archive/retention-series/import`); archive assets take their retention from it.
 */
export const createRetentionSeriesCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.retentionSeries,
  labels: { singular: { es: 'Serie documental', en: 'Records series' }, plural: { es: 'Tabla de retención', en: 'Retention schedule' } },
  admin: { group: GROUPS.archive, useAsTitle: 'code', defaultColumns: ['code', 'seriesName', 'subseriesName', 'officeYears', 'centralYears', 'disposition'] },
  access: {
    read: authenticated,
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    // Series referenced by assets must stay; retire them instead of deleting.
    delete: nobody,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { es: 'Código', en: 'Code' },
      admin: { description: { es: 'Serie, o serie.subserie (p. ej. 1400-45.2).', en: 'Series, or series.subseries (e.g. 1400-45.2).' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'seriesCode', type: 'text', required: true, label: { es: 'Código de serie', en: 'Series code' } },
        { name: 'seriesName', type: 'text', required: true, label: { es: 'Serie', en: 'Series' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'subseriesCode', type: 'text', label: { es: 'Código de subserie', en: 'Subseries code' } },
        { name: 'subseriesName', type: 'text', label: { es: 'Subserie', en: 'Subseries' } },
      ],
    },
    { name: 'documentTypes', type: 'textarea', label: { es: 'Tipos documentales', en: 'Document types' } },
    {
      type: 'row',
      fields: [
        { name: 'officeYears', type: 'number', required: true, min: 0, label: { es: 'Años en gestión', en: 'Years in office archive' } },
        { name: 'centralYears', type: 'number', required: true, min: 0, label: { es: 'Años en central', en: 'Years in central archive' } },
      ],
    },
    { name: 'disposition', type: 'select', required: true, options: DISPOSITIONS, label: { es: 'Disposición final', en: 'Final disposition' } },
    { name: 'procedure', type: 'textarea', label: { es: 'Procedimiento', en: 'Procedure' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { es: 'Vigente', en: 'In force' } },
  ],
})
