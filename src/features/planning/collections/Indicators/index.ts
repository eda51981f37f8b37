import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, anonymousReadVersions, nobody, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { serverComponent } from '../../../../kernel/admin/componentPaths.js'
import { COMPUTATIONS } from '../../indicators/computations.js'
import { SLUGS } from '../../../../kernel/slugs.js'

export const INDICATOR_FREQUENCIES = [
  { value: 'monthly', label: { es: 'Mensual', en: 'Monthly' } },
  { value: 'quarterly', label: { es: 'Trimestral', en: 'Quarterly' } },
  { value: 'semiannual', label: { es: 'Semestral', en: 'Semiannual' } },
  { value: 'annual', label: { es: 'Anual', en: 'Annual' } },
]

/**
 * The office's indicator sheet ("ficha de indicadores"): each indicator picks one of the
 * built-in computations (src/features/planning/indicators/computations.ts); the measurements job writes its values.
 */
export const createIndicatorsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.indicators,
  labels: { singular: { es: 'Indicador', en: 'Indicator' }, plural: { es: 'Ficha de indicadores', en: 'Indicators' } },
  admin: { group: GROUPS.check, useAsTitle: 'name', defaultColumns: ['code', 'name', 'frequency', 'target', 'alertThreshold', 'active'] },
  versions: { maxPerDoc: 50 },
  access: {
    read: officeAndAuditors,
    readVersions: anonymousReadVersions(officeAndAuditors),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { es: 'Código', en: 'Code' } },
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
    { name: 'objective', type: 'textarea', label: { es: 'Objetivo', en: 'Objective' } },
    {
      name: 'computation',
      type: 'select',
      required: true,
      options: COMPUTATIONS.map((c) => ({ value: c.key, label: c.label })),
      label: { es: 'Fórmula (cálculo incorporado)', en: 'Computation (built-in)' },
    },
    { name: 'formula', type: 'textarea', label: { es: 'Fórmula (descripción)', en: 'Formula (description)' } },
    { name: 'frequency', type: 'select', required: true, defaultValue: 'monthly', options: INDICATOR_FREQUENCIES, label: { es: 'Periodicidad', en: 'Frequency' } },
    { name: 'target', type: 'number', label: { es: 'Meta', en: 'Target' } },
    { name: 'alertThreshold', type: 'number', label: { es: 'Umbral de alerta', en: 'Alert threshold' } },
    {
      name: 'direction',
      type: 'select',
      required: true,
      defaultValue: 'higher',
      options: [
        { value: 'higher', label: { es: 'Mayor es mejor', en: 'Higher is better' } },
        { value: 'lower', label: { es: 'Menor es mejor', en: 'Lower is better' } },
      ],
      label: { es: 'Sentido', en: 'Direction' },
    },
    { name: 'unit', type: 'text', required: true, label: { es: 'Unidad', en: 'Unit' } },
    { name: 'source', type: 'text', label: { es: 'Fuente de datos', en: 'Data source' } },
    { name: 'owner', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Responsable', en: 'Owner' } },
    { name: 'active', type: 'checkbox', defaultValue: true, index: true, label: { es: 'Activo', en: 'Active' }, admin: { position: 'sidebar' } },
    // Its last twelve measurements against the target (chart and table), in the edit view.
    { name: 'trend', type: 'ui', admin: { components: { Field: serverComponent('IndicatorTrendField') } } },
    { name: 'measurements', type: 'join', collection: SLUGS.indicatorMeasurements, on: 'indicator', label: { es: 'Mediciones', en: 'Measurements' } },
  ],
})
