import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, nobody, OFFICE_ROLES } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { CHANNELS, CONTENT_KINDS } from '../../../../kernel/vocabulary.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/** Kinds of follow-up record; the typed columns beside `values` are what indicators aggregate on. */
export const FOLLOW_UP_KINDS = [
  { value: 'request-delivered', label: { es: 'Solicitud entregada', en: 'Request delivered' } },
  { value: 'request-rated', label: { es: 'Solicitud calificada', en: 'Request rated' } },
  { value: 'content-published', label: { es: 'Contenido publicado', en: 'Content published' } },
  { value: 'content-measurement', label: { es: 'Medición de contenido', en: 'Content measurement' } },
  { value: 'campaign-measurement', label: { es: 'Medición de campaña', en: 'Campaign measurement' } },
  { value: 'plan-action-progress', label: { es: 'Avance de acción del plan', en: 'Plan action progress' } },
]

/**
 * Follow-up and measurement records ("seguimiento y medición"), written only by hooks and jobs;
 * nobody edits or deletes them. SCHEMA OWNED BY the workflow area.
 */
export const createFollowUpsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.followUps,
  labels: { singular: { es: 'Seguimiento', en: 'Follow-up' }, plural: { es: 'Seguimiento y medición', en: 'Follow-up and measurement' } },
  admin: { group: GROUPS.check, defaultColumns: ['kind', 'subjectCollection', 'subjectId', 'onTime', 'measuredAt'] },
  access: { read: allowRoles(...OFFICE_ROLES, 'auditor'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'kind', type: 'select', required: true, index: true, options: FOLLOW_UP_KINDS, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'subjectCollection', type: 'text', required: true, index: true, label: { es: 'Colección', en: 'Collection' } },
    { name: 'subjectId', type: 'text', required: true, index: true, label: { es: 'Documento', en: 'Document' } },
    { name: 'measuredAt', type: 'date', required: true, index: true, label: { es: 'Medido el', en: 'Measured at' } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, index: true, label: { es: 'Dependencia', en: 'Department' } },
    { name: 'onTime', type: 'checkbox', index: true, label: { es: 'A tiempo', en: 'On time' } },
    { name: 'leadTimeDays', type: 'number', label: { es: 'Tiempo de respuesta (días hábiles)', en: 'Lead time (working days)' } },
    { name: 'score', type: 'number', label: { es: 'Calificación', en: 'Score' } },
    { name: 'contentKind', type: 'select', options: CONTENT_KINDS, index: true, label: { es: 'Tipo de contenido', en: 'Content kind' } },
    { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
    { name: 'values', type: 'json', label: { es: 'Valores', en: 'Values' } },
    {
      // What the record measures, once: a job run twice (a retry, a second runner) finds its record
      // by this unique key instead of writing a second one (e.g. `content-measurement|<id>|<publication>`).
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      label: { es: 'Clave', en: 'Key' },
      admin: { hidden: true },
    },
  ],
})
