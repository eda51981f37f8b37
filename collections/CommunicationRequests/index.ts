import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../src/types.js'

import { allowRoles, authenticated } from '../../src/access/index.js'
import { GROUPS } from '../../src/defaults.js'
import { AUDIENCES, CHANNELS, PRODUCT_TYPES } from '../../src/vocabulary.js'
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES } from '../../src/workflow/states.js'
import { requestPlanLinkFields } from './planLinks.js'

/**
 * Communication requests ("solicitudes") filed by departments. SCHEMA SKELETON: the workflow
 * area owns this file and adds the code generator, access, transitions, SLA and hooks.
 */
export const createCommunicationRequestsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: 'communication-requests',
  labels: {
    singular: { es: 'Solicitud de comunicación', en: 'Communication request' },
    plural: { es: 'Solicitudes de comunicación', en: 'Communication requests' },
  },
  admin: { group: GROUPS.do, useAsTitle: 'title', defaultColumns: ['code', 'title', 'department', 'status', 'dueDate'] },
  access: {
    read: authenticated,
    create: authenticated,
    update: allowRoles('admin', 'head', 'editor'),
    delete: allowRoles('admin'),
  },
  fields: [
    { name: 'code', type: 'text', unique: true, index: true, label: { es: 'Código', en: 'Code' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'department', type: 'relationship', relationTo: 'departments', required: true, index: true, label: { es: 'Dependencia', en: 'Department' } },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users', label: { es: 'Solicitado por', en: 'Requested by' } },
    { name: 'audience', type: 'select', required: true, defaultValue: 'external', options: AUDIENCES, label: { es: 'Público', en: 'Audience' } },
    {
      name: 'products',
      type: 'array',
      required: true,
      minRows: 1,
      label: { es: 'Productos solicitados', en: 'Requested products' },
      fields: [
        { name: 'type', type: 'select', required: true, options: PRODUCT_TYPES, label: { es: 'Tipo', en: 'Type' } },
        { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
      ],
    },
    { name: 'description', type: 'textarea', required: true, label: { es: 'Descripción', en: 'Description' } },
    { name: 'desiredDate', type: 'date', label: { es: 'Fecha deseada', en: 'Desired date' } },
    {
      name: 'event',
      type: 'group',
      label: { es: 'Evento (para cubrimientos)', en: 'Event (for coverage)' },
      fields: [
        { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { es: 'Fecha y hora', en: 'Date and time' } },
        { name: 'place', type: 'text', label: { es: 'Lugar', en: 'Place' } },
      ],
    },
    ...requestPlanLinkFields,
    { name: 'assignees', type: 'relationship', relationTo: 'users', hasMany: true, label: { es: 'Responsables', en: 'Assignees' } },
    { name: 'dueDate', type: 'date', index: true, label: { es: 'Fecha de vencimiento', en: 'Due date' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: REQUEST_STATUSES.map((value) => ({ value, label: REQUEST_STATUS_LABELS[value] })),
      label: { es: 'Estado', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    { name: 'deliverables', type: 'join', collection: 'contents', on: 'request', label: { es: 'Entregables', en: 'Deliverables' } },
    {
      name: 'satisfaction',
      type: 'group',
      label: { es: 'Satisfacción', en: 'Satisfaction' },
      fields: [
        { name: 'score', type: 'number', min: 1, max: 5, label: { es: 'Calificación (1–5)', en: 'Score (1–5)' } },
        { name: 'comment', type: 'textarea', label: { es: 'Comentario', en: 'Comment' } },
      ],
    },
  ],
})
