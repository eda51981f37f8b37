import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardPlan } from './hooks/guardPlan.js'
import {
  allowRoles,
  anonymousReadVersions,
  nobody,
  nobodyField,
  officeAndAuditors,
  officeAndAuditorsField,
  PUBLIC_PLANS,
  publicOr,
  withPublicFields,
} from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { AUDIENCES } from '../../../../kernel/vocabulary.js'
import { budgetTotalsField } from '../../budget.js'

export const PLAN_STATUSES = [
  { value: 'draft', label: { es: 'Borrador', en: 'Draft' } },
  { value: 'approved', label: { es: 'Aprobado', en: 'Approved' } },
  { value: 'in-execution', label: { es: 'En ejecución', en: 'In execution' } },
  { value: 'closed', label: { es: 'Cerrado', en: 'Closed' } },
]

/**
 * Communication plans ("Plan de Comunicaciones" external, "Plan de Acción de Comunicación
 * Interna"): one per year and scope. Progress and budget totals are derived from its actions.
 */
export const createCommunicationPlansCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: 'communication-plans',
  labels: {
    singular: { es: 'Plan de comunicaciones', en: 'Communication plan' },
    plural: { es: 'Planes de comunicaciones', en: 'Communication plans' },
  },
  admin: { group: GROUPS.plan, useAsTitle: 'title', defaultColumns: ['title', 'year', 'scope', 'status', 'progress'] },
  versions: { maxPerDoc: 50 },
  access: {
    // Public face (issue 7): anyone reads approved external plans' public fields (PUBLIC_FIELDS).
    read: publicOr({ where: PUBLIC_PLANS, staff: officeAndAuditors }),
    readVersions: anonymousReadVersions(officeAndAuditors),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  hooks: { beforeChange: [guardPlan] },
  fields: withPublicFields(planFields(), PUBLIC_FIELDS, officeAndAuditorsField),
})

/** What the public reads of a published plan; approval details, budget and the actions list stay inside. */
const PUBLIC_FIELDS = ['title', 'year', 'scope', 'objective', 'developmentPlanGoals', 'strategies', 'status', 'progress', 'actionCount']

const planFields = (): Field[] => [
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, label: { es: 'Vigencia (año)', en: 'Year' } },
    { name: 'scope', type: 'select', required: true, options: AUDIENCES, index: true, label: { es: 'Alcance', en: 'Scope' } },
    { name: 'objective', type: 'textarea', required: true, label: { es: 'Objetivo', en: 'Objective' } },
    {
      name: 'developmentPlanGoals',
      type: 'array',
      label: { es: 'Metas del Plan de Desarrollo Municipal', en: 'Municipal Development Plan goals' },
      fields: [
        { name: 'code', type: 'text', label: { es: 'Código', en: 'Code' } },
        { name: 'goal', type: 'text', required: true, label: { es: 'Meta', en: 'Goal' } },
      ],
    },
    {
      name: 'strategies',
      type: 'array',
      label: { es: 'Estrategias', en: 'Strategies' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { es: 'Estrategia', en: 'Strategy' } },
        { name: 'description', type: 'textarea', label: { es: 'Descripción', en: 'Description' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: PLAN_STATUSES,
      label: { es: 'Estado', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'approval',
      type: 'group',
      label: { es: 'Aprobación', en: 'Approval' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'approvedBy', type: 'relationship', relationTo: 'users', label: { es: 'Aprobado por', en: 'Approved by' } },
        { name: 'approvedAt', type: 'date', label: { es: 'Aprobado el', en: 'Approved at' } },
      ],
    },
    {
      name: 'progress',
      type: 'number',
      defaultValue: 0,
      label: { es: 'Avance (%; calculado de sus acciones)', en: 'Progress (%; derived from its actions)' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'actionCount',
      type: 'number',
      defaultValue: 0,
      label: { es: 'Acciones', en: 'Actions' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    budgetTotalsField(),
    { name: 'actions', type: 'join', collection: 'plan-actions', on: 'plan', label: { es: 'Acciones', en: 'Actions' } },
]
