import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, allowRolesForField, hasRole, ROLE_LABELS, ROLES } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { tr } from '../../../../kernel/i18n/index.js'
import { enforcePasswordLength } from './hooks/enforcePasswordLength.js'
import { guardRoleChanges } from './hooks/guardRoleChanges.js'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.js'
import { readUsers } from './readUsers.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/** The roles field: several allowed, at least one required, changed only by an admin. */
export const rolesField = {
  name: 'roles',
  type: 'select' as const,
  hasMany: true,
  required: true,
  defaultValue: ['requester'],
  label: { es: 'Roles', en: 'Roles' },
  options: ROLES.map((value) => ({ label: ROLE_LABELS[value], value })),
  saveToJWT: true,
  access: { create: allowRolesForField('admin'), update: allowRolesForField('admin') },
  // A custom validate replaces Payload's option check: it is done here too.
  validate: (value: unknown, { req }: { req?: Parameters<typeof tr>[0] } = {}) => {
    if (!Array.isArray(value) || value.length === 0) return tr(req, 'userRolesRequired')
    const unknown = value.filter((role) => !(ROLES as readonly unknown[]).includes(role))
    return unknown.length === 0
      ? true
      : tr(req, 'userRolesUnknown', { roles: unknown.map((role) => JSON.stringify(role)).join(', '), valid: ROLES.join(', ') })
  },
  admin: { position: 'sidebar' as const },
}

export const createUsersCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.users,
  labels: { singular: { es: 'Usuario', en: 'User' }, plural: { es: 'Usuarios', en: 'Users' } },
  auth: {
    useAPIKey: false,
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.COOKIE_SECURE !== 'false' },
  },
  admin: {
    group: GROUPS.settings,
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'department'],
    // Only admins manage users; the others still reach their own account page.
    hidden: ({ user }) => !hasRole(user, 'admin', 'head', 'auditor'),
  },
  access: {
    admin: ({ req }) => Boolean(req.user),
    create: allowRoles('admin'),
    read: readUsers,
    update: ({ req }) => (hasRole(req.user, 'admin') ? true : req.user ? { id: { equals: req.user.id } } : false),
    delete: allowRoles('admin'),
    unlock: allowRoles('admin'),
  },
  hooks: {
    beforeOperation: [guardRoleChanges, enforcePasswordLength],
    beforeValidate: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre completo', en: 'Full name' } },
    rolesField,
    {
      // One language per person (issue 15, item 7): the e-mails they get are written in it.
      name: 'language',
      type: 'select',
      defaultValue: 'es',
      options: [
        { value: 'es', label: { es: 'Español', en: 'Spanish' } },
        { value: 'en', label: { es: 'Inglés', en: 'English' } },
      ],
      label: { es: 'Idioma de los correos', en: 'E-mail language' },
      admin: { position: 'sidebar', description: { es: 'Los avisos por correo le llegan en este idioma.', en: 'Notification e-mails reach you in this language.' } },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      label: { es: 'Dependencia', en: 'Department' },
      access: { create: allowRolesForField('admin'), update: allowRolesForField('admin') },
      admin: { position: 'sidebar', description: { es: 'Obligatoria para los enlaces (solicitantes).', en: 'Required for liaisons (requesters).' } },
      validate: (value: unknown, { req, siblingData }: { req?: Parameters<typeof tr>[0]; siblingData: { roles?: string[] } }) =>
        siblingData?.roles?.includes('requester') && !value
          ? tr(req, 'userRequesterDepartment')
          : true,
    },
  ],
  timestamps: true,
})
