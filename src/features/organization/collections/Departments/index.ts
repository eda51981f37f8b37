import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, authenticated } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/** The city's departments ("dependencias"): who files requests, who owns content. */
export const createDepartmentsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.departments,
  labels: {
    singular: { es: 'Dependencia', en: 'Department' },
    plural: { es: 'Dependencias', en: 'Departments' },
  },
  admin: { group: GROUPS.settings, useAsTitle: 'name', defaultColumns: ['code', 'name', 'email'] },
  access: {
    read: authenticated,
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: allowRoles('admin'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, label: { es: 'Nombre', en: 'Name' } },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { es: 'Código', en: 'Code' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z0-9-]{2,16}$/.test(value)
          ? true
          : 'code: de 2 a 16 mayúsculas, dígitos o guiones / 2 to 16 capitals, digits or hyphens',
    },
    { name: 'email', type: 'email', label: { es: 'Correo institucional', en: 'Institutional e-mail' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { es: 'Activa', en: 'Active' } },
  ],
})
