import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardControlCheck } from './hooks/guardControlCheck.js'
import { allowRoles, nobody, nobodyField, OFFICE_ROLES, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Self-control checks ("actividades de autocontrol") recorded against a control of a risk.
 * Append-only: a record of what was checked, by whom and when; nobody edits or deletes it.
 */
export const createRiskControlChecksCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.riskControlChecks,
  labels: {
    singular: { es: 'Actividad de autocontrol', en: 'Self-control check' },
    plural: { es: 'Actividades de autocontrol', en: 'Self-control checks' },
  },
  admin: { group: GROUPS.act, useAsTitle: 'controlId', defaultColumns: ['risk', 'controlId', 'result', 'checkedAt', 'checkedBy'] },
  access: { read: officeAndAuditors, create: allowRoles(...OFFICE_ROLES), update: nobody, delete: nobody },
  hooks: { beforeChange: [guardControlCheck] },
  fields: [
    { name: 'risk', type: 'relationship', relationTo: SLUGS.risks, required: true, index: true, label: { es: 'Riesgo', en: 'Risk' } },
    { name: 'controlId', type: 'text', required: true, index: true, label: { es: 'Control (id)', en: 'Control (id)' } },
    {
      name: 'result',
      type: 'select',
      required: true,
      options: [
        { value: 'effective', label: { es: 'Control efectivo', en: 'Effective' } },
        { value: 'partially-effective', label: { es: 'Parcialmente efectivo', en: 'Partially effective' } },
        { value: 'not-effective', label: { es: 'No efectivo', en: 'Not effective' } },
      ],
      label: { es: 'Resultado', en: 'Result' },
    },
    { name: 'observations', type: 'textarea', label: { es: 'Observaciones y evidencia', en: 'Observations and evidence' } },
    { name: 'checkedAt', type: 'date', index: true, label: { es: 'Fecha', en: 'Checked at' }, access: { update: nobodyField } },
    { name: 'checkedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Realizado por', en: 'Checked by' }, access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true } },
  ],
})
