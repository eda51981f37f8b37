import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../src/types.js'

import { allowRoles, anonymousReadVersions, OFFICE_ROLES, publishedExternalOrStaff } from '../../src/access/index.js'
import { GROUPS } from '../../src/defaults.js'
import { AUDIENCES, CHANNELS, CONTENT_KINDS } from '../../src/vocabulary.js'
import { CONTENT_STAGE_LABELS, CONTENT_STAGES } from '../../src/workflow/states.js'
import { contentArchiveFields } from './archiveFields.js'
import { contentPlanLinkFields } from './planLinks.js'

/**
 * Contents ("productos comunicacionales"), drafts and versions on. SCHEMA SKELETON: the
 * workflow area owns this file and adds access, the stage machine, four-eyes and hooks.
 */
export const createContentsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: 'contents',
  labels: { singular: { es: 'Contenido', en: 'Content' }, plural: { es: 'Contenidos', en: 'Contents' } },
  admin: { group: GROUPS.do, useAsTitle: 'title', defaultColumns: ['title', 'kind', 'audience', 'stage', 'publishedAt'] },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    // Public API contract (issue 7): anonymous → published external only; staff → every
    // published content (intranet) OR what their role reads; versions never reach anonymous callers.
    read: publishedExternalOrStaff(allowRoles(...OFFICE_ROLES, 'auditor')),
    readVersions: anonymousReadVersions(allowRoles(...OFFICE_ROLES, 'auditor')),
    create: allowRoles(...OFFICE_ROLES),
    update: allowRoles(...OFFICE_ROLES),
    delete: allowRoles('admin'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'slug', type: 'text', unique: true, index: true, label: { es: 'Slug', en: 'Slug' }, admin: { position: 'sidebar' } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'news', options: CONTENT_KINDS, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'audience', type: 'select', required: true, defaultValue: 'external', index: true, options: AUDIENCES, label: { es: 'Público', en: 'Audience' } },
    { name: 'summary', type: 'textarea', label: { es: 'Resumen', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { es: 'Cuerpo', en: 'Body' } },
    ...contentArchiveFields,
    { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
    { name: 'request', type: 'relationship', relationTo: 'communication-requests', index: true, label: { es: 'Solicitud', en: 'Request' } },
    ...contentPlanLinkFields,
    { name: 'departments', type: 'relationship', relationTo: 'departments', hasMany: true, label: { es: 'Dependencias', en: 'Departments' } },
    { name: 'tags', type: 'text', hasMany: true, label: { es: 'Etiquetas', en: 'Tags' } },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: CONTENT_STAGES.map((value) => ({ value, label: CONTENT_STAGE_LABELS[value] })),
      label: { es: 'Etapa', en: 'Stage' },
      admin: { position: 'sidebar' },
    },
    { name: 'publishedAt', type: 'date', index: true, label: { es: 'Publicado el', en: 'Published at' }, admin: { position: 'sidebar' } },
  ],
})
