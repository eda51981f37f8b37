import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { followUpIneffective } from './hooks/followUpIneffective.js'
import { guardLifecycle } from './hooks/guardLifecycle.js'
import { machineCommentField, machinePanelField, machineStateField, machineTimelineField } from '../../../../../collections/machineFields.js'
import { enforceTransition, recordTransition } from '../../../../../hooks/machine/index.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { improvementMachine } from '../../machines/improvementActions.js'
import { allowRoles, anonymousReadVersions, nobody, nobodyField, OFFICE_ROLES, officeAndAuditors } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const derived = { create: nobodyField, update: nobodyField }

/**
 * Corrective, preventive and improvement actions ("acciones correctivas y de mejora"), from
 * alerts, materialised risks, audits or indicators: root cause, responsible, due date, and an
 * effectiveness check by someone other than the responsible. Overdue actions raise alerts. Its
 * status is the improvement-action machine (src/features/planning/machines/improvementActions.ts).
 */
export const createImprovementActionsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.improvementActions,
  labels: {
    singular: { es: 'Acción correctiva o de mejora', en: 'Improvement action' },
    plural: { es: 'Acciones correctivas y de mejora', en: 'Improvement actions' },
  },
  admin: { group: GROUPS.act, useAsTitle: 'title', defaultColumns: ['title', 'type', 'responsible', 'dueDate', 'status'] },
  versions: { maxPerDoc: 50 },
  access: {
    read: officeAndAuditors,
    readVersions: anonymousReadVersions(officeAndAuditors),
    create: allowRoles('admin', 'head'),
    update: allowRoles(...OFFICE_ROLES),
    delete: nobody,
  },
  hooks: {
    beforeChange: [guardLifecycle, enforceTransition(improvementMachine)],
    afterChange: [recordTransition(improvementMachine), followUpIneffective(options)],
  },
  endpoints: [transitionsEndpoint(improvementMachine)],
  fields: [
    machinePanelField(),
    { name: 'title', type: 'text', required: true, label: { es: 'Acción', en: 'Action' } },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: [
        { value: 'corrective', label: { es: 'Correctiva', en: 'Corrective' } },
        { value: 'preventive', label: { es: 'Preventiva', en: 'Preventive' } },
        { value: 'improvement', label: { es: 'De mejora', en: 'Improvement' } },
      ],
      label: { es: 'Tipo', en: 'Type' },
    },
    {
      name: 'origin',
      type: 'select',
      required: true,
      defaultValue: 'alert',
      options: [
        { value: 'alert', label: { es: 'Alerta de cumplimiento', en: 'Compliance alert' } },
        { value: 'risk', label: { es: 'Riesgo materializado', en: 'Materialised risk' } },
        { value: 'indicator', label: { es: 'Indicador', en: 'Indicator' } },
        { value: 'audit', label: { es: 'Auditoría / control interno', en: 'Audit / internal control' } },
        { value: 'self-assessment', label: { es: 'Autoevaluación', en: 'Self-assessment' } },
        { value: 'citizen', label: { es: 'PQRSD ciudadana', en: 'Citizen petition' } },
      ],
      label: { es: 'Origen', en: 'Origin' },
    },
    { name: 'originAlerts', type: 'relationship', relationTo: SLUGS.alerts, hasMany: true, label: { es: 'Alertas de origen', en: 'Origin alerts' } },
    { name: 'originRisk', type: 'relationship', relationTo: SLUGS.risks, label: { es: 'Riesgo de origen', en: 'Origin risk' } },
    { name: 'previousAction', type: 'relationship', relationTo: SLUGS.improvementActions, label: { es: 'Acción anterior (no eficaz)', en: 'Previous (ineffective) action' }, admin: { readOnly: true } },
    { name: 'rootCause', type: 'textarea', required: true, label: { es: 'Análisis de causa raíz', en: 'Root cause' } },
    { name: 'plannedActivities', type: 'textarea', label: { es: 'Actividades', en: 'Activities' } },
    { name: 'responsible', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, label: { es: 'Responsable', en: 'Responsible' } },
    { name: 'dueDate', type: 'date', required: true, index: true, label: { es: 'Fecha límite', en: 'Due date' } },
    machineStateField(improvementMachine),
    machineCommentField(),
    { name: 'doneAt', type: 'date', label: { es: 'Ejecutada el', en: 'Done at' }, access: derived, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'effectiveness',
      type: 'group',
      label: { es: 'Verificación de eficacia', en: 'Effectiveness check' },
      fields: [
        { name: 'note', type: 'textarea', label: { es: 'Evidencia y conclusión', en: 'Evidence and conclusion' } },
        {
          name: 'result',
          type: 'select',
          options: [
            { value: 'effective', label: { es: 'Eficaz', en: 'Effective' } },
            { value: 'not-effective', label: { es: 'No eficaz', en: 'Not effective' } },
          ],
          label: { es: 'Resultado', en: 'Result' },
          access: derived,
          admin: { readOnly: true },
        },
        { name: 'checkedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Verificado por', en: 'Checked by' }, access: derived, admin: { readOnly: true } },
        { name: 'checkedAt', type: 'date', label: { es: 'Verificado el', en: 'Checked at' }, access: derived, admin: { readOnly: true } },
      ],
    },
    machineTimelineField(),
  ],
})
