import type { CollectionConfig, Field } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { guardCampaign } from './hooks/guardCampaign.js'
import { machineCommentField, machinePanelField, machineStateField, machineTimelineField } from '../../../../../collections/machineFields.js'
import { enforceTransition, recordTransition } from '../../../../../hooks/machine/index.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { campaignMachine } from '../../machines/campaigns.js'
import { recomputeAfterCampaignDelete, recomputeCampaignAction } from './hooks/recomputePlanAction.js'
import {
  allowRoles,
  anonymousReadVersions,
  officeAndAuditors,
  officeAndAuditorsField,
  PUBLIC_CAMPAIGNS,
  publicOr,
  withPublicFields,
} from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { budgetField } from '../../budget.js'
import { AUDIENCES, CHANNELS } from '../../../../kernel/vocabulary.js'
import { SLUGS } from '../../../../kernel/slugs.js'

export const CAMPAIGN_KINDS = [
  { value: 'institutional', label: { es: 'Institucional', en: 'Institutional' } },
  { value: 'accountability', label: { es: 'Rendición de cuentas', en: 'Accountability' } },
  { value: 'internal', label: { es: 'Interna', en: 'Internal' } },
  { value: 'awareness', label: { es: 'Sensibilización', en: 'Awareness' } },
]

export const COMMITMENT_STATUSES = [
  { value: 'pending', label: { es: 'Pendiente', en: 'Pending' } },
  { value: 'in-progress', label: { es: 'En curso', en: 'In progress' } },
  { value: 'fulfilled', label: { es: 'Cumplido', en: 'Fulfilled' } },
  { value: 'cancelled', label: { es: 'Anulado', en: 'Cancelled' } },
]

/**
 * Campaigns (institutional, accountability, internal, awareness). An accountability campaign
 * ("Estrategia de Rendición de Cuentas") keeps the commitments made to citizens; fulfilled
 * commitments and finished campaigns are evidence of their plan action. Its status is the
 * campaign machine (src/features/planning/machines/campaigns.ts).
 */
export const createCampaignsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.campaigns,
  labels: { singular: { es: 'Campaña', en: 'Campaign' }, plural: { es: 'Campañas', en: 'Campaigns' } },
  admin: { group: GROUPS.plan, useAsTitle: 'name', defaultColumns: ['name', 'kind', 'status', 'planAction'] },
  versions: { maxPerDoc: 50 },
  access: {
    // Public face (issue 7): anyone reads active external campaigns' public fields (PUBLIC_FIELDS).
    read: publicOr({ where: PUBLIC_CAMPAIGNS, staff: officeAndAuditors }),
    readVersions: anonymousReadVersions(officeAndAuditors),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head', 'editor', 'community'),
    delete: allowRoles('admin'),
  },
  hooks: {
    beforeChange: [guardCampaign, enforceTransition(campaignMachine)],
    afterChange: [recordTransition(campaignMachine), recomputeCampaignAction],
    afterDelete: [recomputeAfterCampaignDelete],
  },
  endpoints: [transitionsEndpoint(campaignMachine)],
  fields: withPublicFields(campaignFields(), PUBLIC_FIELDS, officeAndAuditorsField),
})

/** What the public website reads of an active campaign; budget, evaluation, plan links and owners stay inside. */
const PUBLIC_FIELDS = ['name', 'kind', 'objective', 'audience', 'period', 'channels', 'status', 'targets', 'commitments']

const campaignFields = (): Field[] => [
    machinePanelField(),
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
    { name: 'kind', type: 'select', required: true, options: CAMPAIGN_KINDS, index: true, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'objective', type: 'textarea', required: true, label: { es: 'Objetivo', en: 'Objective' } },
    { name: 'audience', type: 'select', required: true, defaultValue: 'external', options: AUDIENCES, label: { es: 'Público', en: 'Audience' } },
    {
      name: 'period',
      type: 'group',
      label: { es: 'Periodo', en: 'Period' },
      fields: [
        { name: 'start', type: 'date', required: true, index: true, label: { es: 'Inicio', en: 'Start' } },
        { name: 'end', type: 'date', required: true, index: true, label: { es: 'Fin', en: 'End' } },
      ],
    },
    { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
    { name: 'planAction', type: 'relationship', relationTo: SLUGS.planActions, index: true, label: { es: 'Acción del plan', en: 'Plan action' } },
    machineStateField(campaignMachine),
    machineCommentField(),
    {
      name: 'targets',
      type: 'group',
      label: { es: 'Metas', en: 'Targets' },
      fields: [
        { name: 'reach', type: 'number', min: 0, label: { es: 'Alcance (personas)', en: 'Reach (people)' } },
        { name: 'engagement', type: 'number', min: 0, label: { es: 'Interacciones', en: 'Engagements' } },
      ],
    },
    {
      name: 'evaluation',
      type: 'group',
      label: { es: 'Evaluación', en: 'Evaluation' },
      fields: [
        { name: 'reach', type: 'number', min: 0, label: { es: 'Alcance logrado', en: 'Reach achieved' } },
        { name: 'engagement', type: 'number', min: 0, label: { es: 'Interacciones logradas', en: 'Engagements achieved' } },
        { name: 'summary', type: 'textarea', label: { es: 'Resumen de resultados', en: 'Results summary' } },
      ],
    },
    budgetField(),
    {
      name: 'commitments',
      labels: { singular: { es: 'Compromiso', en: 'Commitment' }, plural: { es: 'Compromisos', en: 'Commitments' } },
      type: 'array',
      label: { es: 'Compromisos con la ciudadanía', en: 'Commitments to citizens' },
      admin: { condition: (data) => data?.kind === 'accountability' },
      fields: [
        { name: 'commitment', type: 'textarea', required: true, label: { es: 'Compromiso', en: 'Commitment' } },
        { name: 'owner', type: 'relationship', relationTo: SLUGS.users, required: true, access: { read: officeAndAuditorsField }, label: { es: 'Responsable', en: 'Owner' } },
        { name: 'dueDate', type: 'date', required: true, label: { es: 'Fecha límite', en: 'Due date' } },
        { name: 'status', type: 'select', required: true, defaultValue: 'pending', options: COMMITMENT_STATUSES, label: { es: 'Estado', en: 'Status' } },
        { name: 'fulfilledAt', type: 'date', label: { es: 'Cumplido el', en: 'Fulfilled at' }, admin: { readOnly: true } },
        { name: 'evidenceNote', type: 'textarea', access: { read: officeAndAuditorsField }, label: { es: 'Evidencia', en: 'Evidence' } },
      ],
    },
    { name: 'contents', type: 'join', collection: SLUGS.contents, on: 'campaign', label: { es: 'Contenidos', en: 'Contents' } },
    machineTimelineField(),
]
