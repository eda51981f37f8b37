import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardPlan } from './hooks/guardPlan.js'
import { machineCommentField, machinePanelField, machineStateField, machineTimelineField } from '../../../../../collections/machineFields.js'
import { enforceTransition, recordTransition } from '../../../../../hooks/machine/index.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { planMachine } from '../../machines/plans.js'
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
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Communication plans ("Plan de Comunicaciones" external, "Plan de Acción de Comunicación
 * Interna"): one per year and scope. Progress and budget totals are derived from its actions.
 * Its status is the plan machine (src/features/planning/machines/plans.ts): every move is checked,
 * written to the trail and offered as a button by `GET /:id/transitions`.
 */
export const createCommunicationPlansCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.communicationPlans,
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
  hooks: { beforeChange: [guardPlan, enforceTransition(planMachine)], afterChange: [recordTransition(planMachine)] },
  endpoints: [transitionsEndpoint(planMachine)],
  fields: withPublicFields(planFields(), PUBLIC_FIELDS, officeAndAuditorsField),
})

/** What the public reads of a published plan; approval details, budget and the actions list stay inside. */
const PUBLIC_FIELDS = ['title', 'year', 'scope', 'objective', 'developmentPlanGoals', 'strategies', 'status', 'progress', 'actionCount']

const planFields = (): Field[] => [
    machinePanelField(),
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'year', type: 'number', required: true, min: 2000, max: 2100, index: true, label: { es: 'Vigencia (año)', en: 'Year' } },
    { name: 'scope', type: 'select', required: true, options: AUDIENCES, index: true, label: { es: 'Alcance', en: 'Scope' } },
    { name: 'objective', type: 'textarea', required: true, label: { es: 'Objetivo', en: 'Objective' } },
    {
      name: 'developmentPlanGoals',
      labels: { singular: { es: 'Meta del plan de desarrollo', en: 'Development plan goal' }, plural: { es: 'Metas del plan de desarrollo', en: 'Development plan goals' } },
      type: 'array',
      label: { es: 'Metas del Plan de Desarrollo Municipal', en: 'Municipal Development Plan goals' },
      fields: [
        { name: 'code', type: 'text', label: { es: 'Código', en: 'Code' } },
        { name: 'goal', type: 'text', required: true, label: { es: 'Meta', en: 'Goal' } },
      ],
    },
    {
      name: 'strategies',
      labels: { singular: { es: 'Estrategia', en: 'Strategy' }, plural: { es: 'Estrategias', en: 'Strategies' } },
      type: 'array',
      label: { es: 'Estrategias', en: 'Strategies' },
      fields: [
        { name: 'name', type: 'text', required: true, label: { es: 'Estrategia', en: 'Strategy' } },
        { name: 'description', type: 'textarea', label: { es: 'Descripción', en: 'Description' } },
      ],
    },
    machineStateField(planMachine),
    machineCommentField(),
    {
      name: 'approval',
      type: 'group',
      label: { es: 'Aprobación', en: 'Approval' },
      access: { create: nobodyField, update: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
      fields: [
        { name: 'approvedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Aprobado por', en: 'Approved by' } },
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
    { name: 'actions', type: 'join', collection: SLUGS.planActions, on: 'plan', label: { es: 'Acciones', en: 'Actions' } },
    machineTimelineField(),
]
