import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardAction, recomputeAfterChange, recomputeAfterDelete } from './hooks/derivedProgress.js'
import { machineCommentField, machinePanelField, machineStateField, machineTimelineField } from '../../../../../collections/machineFields.js'
import { enforceTransition, recordTransition } from '../../../../../hooks/machine/index.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { planActionMachine } from '../../machines/planActions.js'
import { allowRoles, nobodyField, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { budgetField } from '../../budget.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const derived = { create: nobodyField, update: nobodyField }

/**
 * Actions of a communication plan. Their evidence is what links to them: requests, contents and
 * campaigns whose `planAction` points here (and the commitments of accountability campaigns).
 * Progress = executed evidence / target (capped at 100 %), derived, never typed; the status follows
 * it as the plan-action machine's system transitions (src/features/planning/machines/planActions.ts),
 * each one in the trail.
 */
export const createPlanActionsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.planActions,
  labels: { singular: { es: 'Acción del plan', en: 'Plan action' }, plural: { es: 'Acciones del plan', en: 'Plan actions' } },
  admin: { group: GROUPS.plan, useAsTitle: 'title', defaultColumns: ['title', 'plan', 'responsible', 'end', 'progress', 'status'] },
  access: {
    read: officeAndAuditors,
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: allowRoles('admin', 'head'),
  },
  hooks: {
    beforeChange: [guardAction, enforceTransition(planActionMachine)],
    afterChange: [recordTransition(planActionMachine), recomputeAfterChange],
    afterDelete: [recomputeAfterDelete],
  },
  endpoints: [transitionsEndpoint(planActionMachine)],
  fields: [
    machinePanelField(),
    { name: 'plan', type: 'relationship', relationTo: SLUGS.communicationPlans, required: true, index: true, label: { es: 'Plan', en: 'Plan' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Acción', en: 'Action' } },
    { name: 'description', type: 'textarea', label: { es: 'Descripción', en: 'Description' } },
    { name: 'strategy', type: 'text', label: { es: 'Estrategia', en: 'Strategy' } },
    { name: 'responsible', type: 'relationship', relationTo: SLUGS.users, required: true, label: { es: 'Responsable', en: 'Responsible' } },
    { name: 'start', type: 'date', required: true, label: { es: 'Inicio', en: 'Start' } },
    { name: 'end', type: 'date', required: true, index: true, label: { es: 'Fin', en: 'End' } },
    {
      name: 'target',
      type: 'number',
      min: 1,
      label: { es: 'Meta (cantidad de evidencias)', en: 'Target (number of evidence items)' },
      admin: { description: { es: 'Sin meta, el avance es la proporción de evidencias ejecutadas.', en: 'Without a target, progress is the share of executed evidence.' } },
    },
    { name: 'unit', type: 'text', label: { es: 'Unidad de medida', en: 'Unit' } },
    budgetField(),
    { name: 'legalReferences', type: 'relationship', relationTo: SLUGS.legalReferences, hasMany: true, label: { es: 'Fuente legal (normograma)', en: 'Legal source' } },
    {
      name: 'progress',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { es: 'Avance (%; calculado)', en: 'Progress (%; derived)' },
      access: derived,
      admin: { readOnly: true, position: 'sidebar' },
    },
    machineStateField(planActionMachine, {
      label: { es: 'Estado (calculado)', en: 'Status (derived)' },
      required: false,
      access: derived,
      admin: { description: { es: 'Sigue a sus evidencias.', en: 'Follows its evidence.' } },
    }),
    machineCommentField(),
    { name: 'evidenceDone', type: 'number', defaultValue: 0, label: { es: 'Evidencias ejecutadas', en: 'Executed evidence' }, access: derived, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'evidenceTotal', type: 'number', defaultValue: 0, label: { es: 'Evidencias vinculadas', en: 'Linked evidence' }, access: derived, admin: { readOnly: true, position: 'sidebar' } },
    {
      type: 'collapsible',
      label: { es: 'Evidencias', en: 'Evidence' },
      fields: [
        { name: 'requests', type: 'join', collection: SLUGS.communicationRequests, on: 'planAction', label: { es: 'Solicitudes', en: 'Requests' } },
        { name: 'contents', type: 'join', collection: SLUGS.contents, on: 'planAction', label: { es: 'Contenidos', en: 'Contents' } },
        { name: 'campaigns', type: 'join', collection: SLUGS.campaigns, on: 'planAction', label: { es: 'Campañas', en: 'Campaigns' } },
      ],
    },
    machineTimelineField(),
  ],
})
