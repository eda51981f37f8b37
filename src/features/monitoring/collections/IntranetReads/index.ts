import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, nobody, READ_RECORD_READERS } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Intranet reads ("monitoreo de la intranet"): at most one record per user, content and day,
 * written only by `POST /api/monitoring/reads` (the unique `readKey` makes a racing second call
 * count nothing). Who read what is personal data: the head, admins and auditors read it; the
 * per-department figures are what reports show.
 */
export const createIntranetReadsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.intranetReads,
  labels: { singular: { es: 'Lectura en intranet', en: 'Intranet read' }, plural: { es: 'Lecturas en intranet', en: 'Intranet reads' } },
  admin: { group: GROUPS.check, defaultColumns: ['day', 'content', 'department', 'user'] },
  access: { read: allowRoles(...READ_RECORD_READERS), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'content', type: 'relationship', relationTo: SLUGS.contents, required: true, index: true, label: { es: 'Contenido', en: 'Content' } },
    { name: 'user', type: 'relationship', relationTo: SLUGS.users, required: true, index: true, label: { es: 'Usuario', en: 'User' } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, index: true, label: { es: 'Dependencia', en: 'Department' } },
    { name: 'day', type: 'date', required: true, index: true, label: { es: 'Día', en: 'Day' }, admin: { date: { pickerAppearance: 'dayOnly' } } },
    { name: 'readKey', label: { es: 'Clave de la lectura', en: 'Read key' }, type: 'text', required: true, unique: true, index: true, admin: { hidden: true } },
  ],
})
