import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../src/types.js'

import { allowRoles, nobody, OFFICE_ROLES } from '../../src/access/index.js'
import { GROUPS } from '../../src/defaults.js'

/**
 * Follow-up and measurement records ("seguimiento y medición"), written only by hooks and jobs.
 * SCHEMA SKELETON: the workflow area owns this file.
 */
export const createFollowUpsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: 'follow-ups',
  labels: { singular: { es: 'Seguimiento', en: 'Follow-up' }, plural: { es: 'Seguimiento y medición', en: 'Follow-up and measurement' } },
  admin: { group: GROUPS.check, defaultColumns: ['kind', 'subjectCollection', 'subjectId', 'measuredAt'] },
  access: { read: allowRoles(...OFFICE_ROLES, 'auditor'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'kind', type: 'text', required: true, index: true, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'subjectCollection', type: 'text', required: true, index: true, label: { es: 'Colección', en: 'Collection' } },
    { name: 'subjectId', type: 'text', required: true, index: true, label: { es: 'Documento', en: 'Document' } },
    { name: 'measuredAt', type: 'date', required: true, index: true, label: { es: 'Medido el', en: 'Measured at' } },
    { name: 'values', type: 'json', label: { es: 'Valores', en: 'Values' } },
  ],
})
