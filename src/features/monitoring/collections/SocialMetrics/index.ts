import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { prepareMetric } from './hooks/prepareMetric.js'
import { allowRoles, MONITORING_READERS, nobodyField, SOCIAL_EDITORS } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { METRIC_SOURCES } from '../../vocabulary.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const count = (name: string, es: string, en: string) =>
  ({ name, type: 'number', min: 0, label: { es, en } }) as const

/**
 * The social network register ("registro de redes"): one record per institutional account and
 * period (a day, a week, a month), entered by community managers or imported from a network's
 * CSV export. The engagement rate is derived, never typed.
 */
export const createSocialMetricsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.socialMetrics,
  labels: { singular: { es: 'Métrica de redes', en: 'Social metric' }, plural: { es: 'Registro de redes', en: 'Social metrics' } },
  admin: {
    group: GROUPS.check,
    defaultColumns: ['account', 'periodStart', 'periodEnd', 'followers', 'reach', 'engagements', 'engagementRate', 'source'],
    // CSV import above the list (community/head/admin): file, mapping, account, policy, dry run, row-level report.
    components: { beforeListTable: [{ path: clientComponent('CsvImportPanel'), clientProps: { kind: 'socialMetrics' } }] },
  },
  access: {
    read: allowRoles(...MONITORING_READERS),
    create: allowRoles(...SOCIAL_EDITORS),
    update: allowRoles(...SOCIAL_EDITORS),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeChange: [prepareMetric(options)] },
  fields: [
    { name: 'account', type: 'relationship', relationTo: SLUGS.socialAccounts, required: true, index: true, label: { es: 'Cuenta', en: 'Account' } },
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', required: true, index: true, label: { es: 'Desde', en: 'From' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
        { name: 'periodEnd', type: 'date', label: { es: 'Hasta (inclusive)', en: 'To (inclusive)' }, admin: { date: { pickerAppearance: 'dayOnly' }, description: { es: 'Vacío = un solo día.', en: 'Empty = a single day.' } } },
      ],
    },
    count('followers', 'Seguidores (al cierre)', 'Followers (at period end)'),
    count('impressions', 'Impresiones', 'Impressions'),
    count('reach', 'Alcance (personas)', 'Reach (people)'),
    count('engagements', 'Interacciones', 'Engagements'),
    count('posts', 'Publicaciones', 'Posts'),
    {
      name: 'engagementRate',
      type: 'number',
      label: { es: 'Tasa de interacción (%)', en: 'Engagement rate (%)' },
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: options.monitoring.engagementRateBase === 'impressions'
          ? { es: 'Interacciones / impresiones × 100 (calculada).', en: 'Engagements / impressions × 100 (derived).' }
          : { es: 'Interacciones / alcance × 100 (calculada).', en: 'Engagements / reach × 100 (derived).' },
      },
    },
    {
      name: 'source',
      type: 'select',
      options: METRIC_SOURCES,
      label: { es: 'Origen', en: 'Source' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'notes', type: 'textarea', label: { es: 'Notas', en: 'Notes' } },
    { name: 'periodKey', label: { es: 'Clave del periodo', en: 'Period key' }, type: 'text', unique: true, index: true, access: { create: nobodyField, update: nobodyField }, admin: { hidden: true } },
  ],
})
