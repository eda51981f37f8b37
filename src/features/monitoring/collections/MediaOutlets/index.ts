import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, allowRolesForField, MENTION_EDITORS, MONITORING_READERS } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { OUTLET_SCOPES, OUTLET_TYPES } from '../../vocabulary.js'
import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Media outlets ("medios de comunicación") that mentions refer to. Their contacts are personal
 * data: readable only by office staff and auditors, never by requesters or anonymous callers.
 */
export const createMediaOutletsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.mediaOutlets,
  labels: { singular: { es: 'Medio', en: 'Media outlet' }, plural: { es: 'Medios', en: 'Media outlets' } },
  admin: { group: GROUPS.check, useAsTitle: 'name', defaultColumns: ['name', 'type', 'scope', 'estimatedReach'] },
  access: {
    read: allowRoles(...MONITORING_READERS),
    create: allowRoles(...MENTION_EDITORS),
    update: allowRoles(...MENTION_EDITORS),
    delete: allowRoles('admin', 'head'),
  },
  fields: [
    { name: 'name', type: 'text', required: true, unique: true, index: true, label: { es: 'Nombre', en: 'Name' } },
    { name: 'type', type: 'select', required: true, index: true, options: OUTLET_TYPES, label: { es: 'Tipo', en: 'Type' } },
    { name: 'scope', type: 'select', required: true, defaultValue: 'local', options: OUTLET_SCOPES, label: { es: 'Cobertura', en: 'Scope' } },
    {
      name: 'estimatedReach',
      type: 'number',
      min: 0,
      label: { es: 'Alcance estimado (personas)', en: 'Estimated reach (people)' },
      admin: { description: { es: 'Audiencia potencial por emisión o edición; se usa cuando una mención no trae su propio alcance.', en: 'Potential audience per issue or broadcast; used when a mention has no reach of its own.' } },
    },
    {
      name: 'aliases',
      type: 'text',
      hasMany: true,
      label: { es: 'Otros nombres', en: 'Aliases' },
      admin: { description: { es: 'Nombres con que aparece en los archivos de monitoreo (importación CSV).', en: 'Names it goes by in monitoring files (CSV import).' } },
    },
    {
      name: 'domain',
      type: 'text',
      index: true,
      label: { es: 'Dominio web', en: 'Web domain' },
      admin: { description: { es: 'p. ej. diariodelsur.com.co: una mención importada sin medio se asigna por el dominio de su URL.', en: 'e.g. diariodelsur.com.co: an imported mention without an outlet is matched by its URL domain.' } },
    },
    { name: 'website', type: 'text', validate: validateHttpUrl, label: { es: 'Sitio web', en: 'Website' } },
    {
      name: 'contacts',
      labels: { singular: { es: 'Contacto', en: 'Contact' }, plural: { es: 'Contactos', en: 'Contacts' } },
      type: 'array',
      label: { es: 'Contactos (datos personales)', en: 'Contacts (personal data)' },
      access: {
        read: allowRolesForField(...MONITORING_READERS),
        create: allowRolesForField(...MENTION_EDITORS),
        update: allowRolesForField(...MENTION_EDITORS),
      },
      admin: { description: { es: 'Datos personales (Ley 1581 de 2012): solo los ve el personal de la oficina y control interno.', en: 'Personal data (Colombian Law 1581/2012): visible only to office staff and internal control.' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
        { name: 'role', type: 'text', label: { es: 'Cargo', en: 'Role' } },
        { name: 'email', type: 'email', label: { es: 'Correo', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { es: 'Teléfono', en: 'Phone' } },
      ],
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { es: 'Activo', en: 'Active' }, admin: { position: 'sidebar' } },
  ],
})
