import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { keyAccount } from './hooks/keyAccount.js'
import { allowRoles, MONITORING_READERS, nobodyField, SOCIAL_EDITORS } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SOCIAL_NETWORKS } from '../../vocabulary.js'
import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/** The institution's own social accounts (never personal ones), with their owning department. */
export const createSocialAccountsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.socialAccounts,
  labels: { singular: { es: 'Cuenta institucional', en: 'Social account' }, plural: { es: 'Cuentas en redes', en: 'Social accounts' } },
  admin: {
    group: GROUPS.check,
    useAsTitle: 'handle',
    defaultColumns: ['network', 'handle', 'department', 'active'],
    description: {
      es: 'Solo cuentas institucionales de la Alcaldía y sus dependencias; nunca cuentas personales.',
      en: 'Institutional accounts of the city and its departments only; never personal accounts.',
    },
  },
  access: {
    read: allowRoles(...MONITORING_READERS),
    create: allowRoles(...SOCIAL_EDITORS),
    update: allowRoles(...SOCIAL_EDITORS),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeChange: [keyAccount] },
  fields: [
    { name: 'network', type: 'select', required: true, index: true, options: SOCIAL_NETWORKS, label: { es: 'Red', en: 'Network' } },
    { name: 'handle', type: 'text', required: true, label: { es: 'Usuario (@)', en: 'Handle (@)' } },
    { name: 'url', type: 'text', validate: validateHttpUrl, label: { es: 'URL', en: 'URL' } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, index: true, label: { es: 'Dependencia responsable', en: 'Owning department' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { es: 'Activa', en: 'Active' }, admin: { position: 'sidebar' } },
    {
      name: 'accountKey',
      label: { es: 'Clave de la cuenta', en: 'Account key' },
      type: 'text',
      unique: true,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
