import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { openActionWhenMaterialised, rateRisk } from './hooks/rateRisk.js'
import { allowRoles, anonymousReadVersions, nobody, nobodyField, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { FREQUENCIES } from '../../risk.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const derived = { create: nobodyField, update: nobodyField }

const rating = (name: 'inherent' | 'residual', es: string, en: string): Field => ({
  name,
  type: 'group',
  label: { es, en },
  fields: [
    { name: 'likelihood', type: 'number', min: 1, max: 5, required: name === 'inherent', label: { es: 'Probabilidad (1–5)', en: 'Likelihood (1–5)' } },
    { name: 'impact', type: 'number', min: 1, max: 5, required: name === 'inherent', label: { es: 'Impacto (1–5)', en: 'Impact (1–5)' } },
    { name: 'score', type: 'number', label: { es: 'Puntaje', en: 'Score' }, access: derived, admin: { readOnly: true } },
    {
      name: 'level',
      type: 'select',
      options: [
        { value: 'low', label: { es: 'Bajo', en: 'Low' } },
        { value: 'moderate', label: { es: 'Moderado', en: 'Moderate' } },
        { value: 'high', label: { es: 'Alto', en: 'High' } },
        { value: 'extreme', label: { es: 'Extremo', en: 'Extreme' } },
      ],
      label: { es: 'Zona de riesgo', en: 'Risk level' },
      access: derived,
      admin: { readOnly: true },
    },
  ],
})

/**
 * The process's risk map ("mapa de riesgos"): risk, cause, consequence, inherent and residual
 * rating, and controls with owner and frequency. Self-control checks are recorded against each
 * control in `risk-control-checks`; an overdue check raises an alert; a materialised risk opens
 * an improvement action.
 */
export const createRisksCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.risks,
  labels: { singular: { es: 'Riesgo', en: 'Risk' }, plural: { es: 'Mapa de riesgos', en: 'Risk map' } },
  admin: { group: GROUPS.act, useAsTitle: 'title', defaultColumns: ['code', 'title', 'inherent.level', 'residual.level', 'status'] },
  versions: { maxPerDoc: 50 },
  access: {
    read: officeAndAuditors,
    readVersions: anonymousReadVersions(officeAndAuditors),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  hooks: { beforeChange: [rateRisk], afterChange: [openActionWhenMaterialised(options)] },
  fields: [
    { name: 'code', type: 'text', unique: true, index: true, label: { es: 'Código', en: 'Code' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Riesgo', en: 'Risk' } },
    {
      name: 'category',
      type: 'select',
      defaultValue: 'management',
      options: [
        { value: 'management', label: { es: 'De gestión', en: 'Management' } },
        { value: 'corruption', label: { es: 'De corrupción', en: 'Corruption' } },
        { value: 'digital-security', label: { es: 'De seguridad digital', en: 'Digital security' } },
      ],
      label: { es: 'Tipo de riesgo', en: 'Category' },
    },
    { name: 'cause', type: 'textarea', required: true, label: { es: 'Causa', en: 'Cause' } },
    { name: 'consequence', type: 'textarea', required: true, label: { es: 'Consecuencia', en: 'Consequence' } },
    { name: 'owner', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Responsable del riesgo', en: 'Risk owner' } },
    rating('inherent', 'Riesgo inherente', 'Inherent risk'),
    rating('residual', 'Riesgo residual', 'Residual risk'),
    {
      name: 'controls',
      labels: { singular: { es: 'Control', en: 'Control' }, plural: { es: 'Controles', en: 'Controls' } },
      type: 'array',
      label: { es: 'Controles', en: 'Controls' },
      fields: [
        { name: 'description', type: 'textarea', required: true, label: { es: 'Control', en: 'Control' } },
        { name: 'owner', type: 'relationship', relationTo: SLUGS.users, required: true, label: { es: 'Responsable', en: 'Owner' } },
        { name: 'frequency', type: 'select', required: true, options: FREQUENCIES, label: { es: 'Periodicidad', en: 'Frequency' } },
        { name: 'legalReference', type: 'relationship', relationTo: SLUGS.legalReferences, label: { es: 'Fuente legal', en: 'Legal source' } },
        { name: 'since', type: 'date', label: { es: 'Vigente desde', en: 'In place since' }, admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      options: [
        { value: 'active', label: { es: 'Activo', en: 'Active' } },
        { value: 'materialised', label: { es: 'Materializado', en: 'Materialised' } },
        { value: 'retired', label: { es: 'Retirado', en: 'Retired' } },
      ],
      label: { es: 'Estado', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    { name: 'materialisationNote', type: 'textarea', label: { es: 'Cómo se materializó', en: 'How it materialised' }, admin: { condition: (d) => d?.status === 'materialised' } },
    { name: 'materialisedAt', type: 'date', access: derived, label: { es: 'Materializado el', en: 'Materialised at' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'improvementAction', type: 'relationship', relationTo: SLUGS.improvementActions, access: derived, label: { es: 'Acción de mejora', en: 'Improvement action' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'checks', type: 'join', collection: SLUGS.riskControlChecks, on: 'risk', label: { es: 'Actividades de autocontrol', en: 'Self-control checks' } },
  ],
})

