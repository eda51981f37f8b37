import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardGuideline } from './hooks/guardGuideline.js'
import { machineCommentField, machinePanelField, machineStateField, machineTimelineField } from '../../../../../collections/machineFields.js'
import { enforceTransition, recordTransition } from '../../../../../hooks/machine/index.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { guidelineMachine } from '../../machines/guidelines.js'
import { allowRoles, nobody, nobodyField, readGuidelines } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const derived = { create: nobodyField, update: nobodyField }

/**
 * Policies, strategies and guidelines of institutional communication ("Políticas, estrategias
 * y lineamientos de comunicación institucional"): versioned, owned, approved by the head,
 * reviewed by a date (an alert is raised when it passes) and published to staff. Its status is
 * the guideline machine (src/features/planning/machines/guidelines.ts).
 */
export const createGuidelinesCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.guidelines,
  labels: {
    singular: { es: 'Política o lineamiento', en: 'Guideline' },
    plural: { es: 'Políticas y lineamientos', en: 'Guidelines' },
  },
  admin: { group: GROUPS.plan, useAsTitle: 'title', defaultColumns: ['code', 'title', 'versionNumber', 'status', 'reviewDate'] },
  versions: { maxPerDoc: 100 },
  access: {
    read: readGuidelines,
    readVersions: allowRoles('admin', 'head', 'auditor'),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  hooks: { beforeChange: [guardGuideline, enforceTransition(guidelineMachine)], afterChange: [recordTransition(guidelineMachine)] },
  endpoints: [transitionsEndpoint(guidelineMachine)],
  fields: [
    machinePanelField(),
    { name: 'code', type: 'text', unique: true, index: true, label: { es: 'Código', en: 'Code' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'guideline',
      options: [
        { value: 'policy', label: { es: 'Política', en: 'Policy' } },
        { value: 'strategy', label: { es: 'Estrategia', en: 'Strategy' } },
        { value: 'guideline', label: { es: 'Lineamiento', en: 'Guideline' } },
        { value: 'manual', label: { es: 'Manual', en: 'Manual' } },
      ],
      label: { es: 'Tipo', en: 'Kind' },
    },
    { name: 'summary', type: 'textarea', label: { es: 'Resumen', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { es: 'Texto', en: 'Text' } },
    { name: 'owner', type: 'relationship', relationTo: SLUGS.users, required: true, label: { es: 'Responsable', en: 'Owner' } },
    { name: 'legalReferences', type: 'relationship', relationTo: SLUGS.legalReferences, hasMany: true, label: { es: 'Fuente legal', en: 'Legal source' } },
    { name: 'reviewDate', type: 'date', required: true, index: true, label: { es: 'Fecha de revisión', en: 'Review date' } },
    machineStateField(guidelineMachine),
    machineCommentField(),
    { name: 'versionNumber', type: 'number', defaultValue: 0, label: { es: 'Versión', en: 'Version' }, access: derived, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'approval',
      type: 'group',
      label: { es: 'Aprobación', en: 'Approval' },
      access: derived,
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'approvedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Aprobado por', en: 'Approved by' } },
        { name: 'approvedAt', type: 'date', label: { es: 'Aprobado el', en: 'Approved at' } },
      ],
    },
    { name: 'publishedAt', type: 'date', label: { es: 'Publicado el', en: 'Published at' }, access: derived, admin: { readOnly: true, position: 'sidebar' } },
    machineTimelineField(),
  ],
})
