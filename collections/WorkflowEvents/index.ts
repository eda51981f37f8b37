import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../src/types.js'

import { allowRoles, nobody } from '../../src/access/index.js'
import { GROUPS } from '../../src/defaults.js'

/**
 * The audit trail ("bitácora"): one row per applied transition. Append-only for everyone.
 * SCHEMA SKELETON: the workflow area owns this file (requester read rule, export, flags).
 */
export const createWorkflowEventsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: 'workflow-events',
  labels: { singular: { es: 'Evento de flujo', en: 'Workflow event' }, plural: { es: 'Bitácora', en: 'Audit trail' } },
  admin: { group: GROUPS.check, useAsTitle: 'to', defaultColumns: ['at', 'collection', 'document', 'from', 'to', 'actor'] },
  access: { read: allowRoles('admin', 'head', 'auditor'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'collection', type: 'text', required: true, index: true, label: { es: 'Colección', en: 'Collection' } },
    { name: 'document', type: 'text', required: true, index: true, label: { es: 'Documento', en: 'Document' } },
    { name: 'from', type: 'text', label: { es: 'Desde', en: 'From' } },
    { name: 'to', type: 'text', required: true, label: { es: 'Hacia', en: 'To' } },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: { es: 'Actor', en: 'Actor' } },
    { name: 'comment', type: 'textarea', label: { es: 'Comentario', en: 'Comment' } },
    { name: 'at', type: 'date', required: true, index: true, label: { es: 'Fecha', en: 'At' } },
  ],
})
