import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { GROUPS } from '../../../../defaults.js'
import { allowRoles, nobodyField, OFFICE_ROLES } from '../../../../kernel/access/index.js'
import { PETITION_KINDS, PETITIONER_TYPES, PETITIONS } from '../../petitions.js'
import { computePetitionClock } from './hooks/computePetitionClock.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const systemOnly = { create: nobodyField, update: nobodyField }

/**
 * Petitions ("derechos de petición", Ley 1755/2015) from outside the administration: journalists,
 * citizens, other entities. Entered by the office or filed through POST /api/pregonero/petitions.
 * Each gets its legal term in Colombian working days; the clock job alerts before expiry; the
 * answer is recorded with its date. Personal data: the office and auditors only.
 */
export const createPetitionsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: PETITIONS,
  labels: { singular: { es: 'Derecho de petición', en: 'Petition' }, plural: { es: 'Derechos de petición', en: 'Petitions' } },
  admin: { group: GROUPS.do, useAsTitle: 'subject', defaultColumns: ['subject', 'kind', 'receivedAt', 'dueDate', 'status'] },
  access: {
    read: allowRoles(...OFFICE_ROLES, 'auditor'),
    create: allowRoles(...OFFICE_ROLES),
    update: allowRoles(...OFFICE_ROLES),
    delete: allowRoles('admin'),
  },
  hooks: { beforeChange: [computePetitionClock] },
  fields: [
    {
      name: 'petitioner',
      type: 'group',
      label: { es: 'Peticionario', en: 'Petitioner' },
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200, label: { es: 'Nombre', en: 'Name' } },
        { name: 'type', type: 'select', required: true, defaultValue: 'citizen', options: PETITIONER_TYPES, label: { es: 'Tipo', en: 'Type' } },
        { name: 'organization', type: 'text', maxLength: 200, label: { es: 'Medio, entidad u organización', en: 'Outlet, entity or organisation' } },
        { name: 'email', type: 'email', label: { es: 'Correo para la respuesta', en: 'E-mail for the answer' } },
        { name: 'phone', type: 'text', maxLength: 40, label: { es: 'Teléfono', en: 'Phone' } },
      ],
    },
    { name: 'kind', type: 'select', required: true, defaultValue: 'general', options: PETITION_KINDS, label: { es: 'Clase de petición', en: 'Kind of petition' } },
    { name: 'subject', type: 'text', required: true, maxLength: 200, label: { es: 'Asunto', en: 'Subject' } },
    { name: 'description', type: 'textarea', required: true, maxLength: 5000, label: { es: 'Petición', en: 'Petition' } },
    {
      name: 'channel',
      type: 'select',
      defaultValue: 'office',
      options: [
        { value: 'office', label: { es: 'Radicada por la oficina', en: 'Entered by the office' } },
        { value: 'web', label: { es: 'Formulario público', en: 'Public form' } },
      ],
      access: systemOnly,
      label: { es: 'Canal', en: 'Channel' },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'receivedAt', type: 'date', index: true, label: { es: 'Recibida el', en: 'Received at' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'dueDate', type: 'date', index: true, access: systemOnly, label: { es: 'Vence el (término legal)', en: 'Legal due date' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, label: { es: 'Dependencia que responde', en: 'Answering department' } },
    { name: 'assignee', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Responsable', en: 'Assignee' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'open',
      index: true,
      access: systemOnly,
      options: [
        { value: 'open', label: { es: 'Por responder', en: 'Open' } },
        { value: 'answered', label: { es: 'Respondida', en: 'Answered' } },
      ],
      label: { es: 'Estado', en: 'Status' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'answer',
      type: 'group',
      label: { es: 'Respuesta', en: 'Answer' },
      fields: [
        { name: 'text', type: 'textarea', maxLength: 20000, label: { es: 'Respuesta', en: 'Answer' } },
        { name: 'answeredAt', type: 'date', index: true, label: { es: 'Respondida el', en: 'Answered at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'answeredBy', type: 'relationship', relationTo: SLUGS.users, access: systemOnly, label: { es: 'Respondida por', en: 'Answered by' }, admin: { readOnly: true } },
      ],
    },
    { name: 'answeredOnTime', type: 'checkbox', access: systemOnly, label: { es: 'Respondida a tiempo', en: 'Answered on time' }, admin: { position: 'sidebar', readOnly: true } },
  ],
})
