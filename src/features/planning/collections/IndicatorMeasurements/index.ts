import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { nobody, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { INDICATOR_FREQUENCIES } from '../Indicators/index.js'
import { SLUGS } from '../../../../kernel/slugs.js'
import { renderNote } from './hooks/renderNote.js'

/**
 * Indicator measurements: written only by the measurements job (one per indicator and period);
 * nobody creates, edits or deletes them through any API. Auditors read them.
 */
export const createIndicatorMeasurementsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.indicatorMeasurements,
  labels: { singular: { es: 'Medición', en: 'Measurement' }, plural: { es: 'Mediciones de indicadores', en: 'Indicator measurements' } },
  admin: { group: GROUPS.check, useAsTitle: 'period', defaultColumns: ['indicator', 'period', 'value', 'meetsTarget', 'computedAt'] },
  access: { read: officeAndAuditors, create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['indicator', 'period'], unique: true }],
  hooks: { afterRead: [renderNote] },
  fields: [
    { name: 'indicator', type: 'relationship', relationTo: SLUGS.indicators, required: true, index: true, label: { es: 'Indicador', en: 'Indicator' } },
    { name: 'period', type: 'text', required: true, index: true, label: { es: 'Periodo', en: 'Period' } },
    { name: 'frequency', type: 'select', options: INDICATOR_FREQUENCIES, label: { es: 'Periodicidad', en: 'Frequency' } },
    { name: 'periodStart', type: 'date', label: { es: 'Desde', en: 'From' } },
    { name: 'periodEnd', type: 'date', index: true, label: { es: 'Hasta (exclusivo)', en: 'To (exclusive)' } },
    { name: 'available', type: 'checkbox', defaultValue: true, label: { es: 'Fuente disponible', en: 'Source available' } },
    { name: 'numerator', type: 'number', label: { es: 'Numerador', en: 'Numerator' } },
    { name: 'denominator', type: 'number', label: { es: 'Denominador', en: 'Denominator' } },
    { name: 'value', type: 'number', label: { es: 'Valor', en: 'Value' } },
    { name: 'target', type: 'number', label: { es: 'Meta vigente', en: 'Target at the time' } },
    { name: 'alertThreshold', type: 'number', label: { es: 'Umbral vigente', en: 'Threshold at the time' } },
    { name: 'meetsTarget', type: 'checkbox', label: { es: 'Cumple la meta', en: 'Meets target' } },
    { name: 'belowThreshold', type: 'checkbox', label: { es: 'Cruza el umbral de alerta', en: 'Crosses the alert threshold' } },
    { name: 'breakdown', type: 'json', label: { es: 'Desagregación', en: 'Breakdown' } },
    { name: 'note', type: 'text', label: { es: 'Nota', en: 'Note' } },
    // The note's message key and variables (src/kernel/alerts/message.ts): `note` is rendered from
    // them in each reader's language (hooks/renderNote.ts); `note` keeps the Spanish text.
    { name: 'noteKey', type: 'text', label: { es: 'Clave de la nota', en: 'Note key' }, admin: { hidden: true } },
    { name: 'noteVars', type: 'json', label: { es: 'Variables de la nota', en: 'Note variables' }, admin: { hidden: true } },
    { name: 'computedAt', type: 'date', label: { es: 'Calculado el', en: 'Computed at' } },
  ],
})
