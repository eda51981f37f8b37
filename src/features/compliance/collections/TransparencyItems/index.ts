import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import { GROUPS } from '../../../../defaults.js'
import { allowRoles, everyone, nobodyField } from '../../../../kernel/access/index.js'
import { NUMBER_PATTERN } from '../../transparency/anexo2.js'
import { linkParent, TRANSPARENCY_ITEMS } from './hooks/linkParent.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const systemOnly = { create: nobodyField, update: nobodyField }

export const UPDATE_FREQUENCIES = [
  { value: 'on-change', label: { es: 'Cuando cambie', en: 'When it changes' } },
  { value: 'monthly', label: { es: 'Mensual', en: 'Monthly' } },
  { value: 'quarterly', label: { es: 'Trimestral', en: 'Quarterly' } },
  { value: 'semiannual', label: { es: 'Semestral', en: 'Half-yearly' } },
  { value: 'annual', label: { es: 'Anual', en: 'Yearly' } },
]

/**
 * The transparency menu (Ley 1712/2014; Res. MinTIC 1519/2020, Anexo 2) as data: numbered items in
 * a tree, each with its owner department, last update, update frequency, links to contents,
 * archive assets, open datasets or pages, and a "no aplica" flag with its public legal
 * justification. Public to read (it IS the public menu); the head, the administrator and editors
 * keep it. Served as a tree at GET /api/pregonero/transparency.
 */
export const createTransparencyItemsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: TRANSPARENCY_ITEMS,
  labels: { singular: { es: 'Ítem de transparencia', en: 'Transparency item' }, plural: { es: 'Menú de transparencia', en: 'Transparency menu' } },
  admin: { group: GROUPS.settings, useAsTitle: 'title', defaultColumns: ['number', 'title', 'ownerDepartment', 'lastUpdated', 'notApplicable'] },
  defaultSort: 'sortKey',
  access: {
    read: everyone,
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head', 'editor'),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeChange: [linkParent] },
  fields: [
    {
      name: 'number',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { es: 'Numeral (Anexo 2)', en: 'Number (Anexo 2)' },
      validate: (value: unknown) => (typeof value === 'string' && NUMBER_PATTERN.test(value)) || 'number: 1, 4.7 o 4.7.3 / 1, 4.7 or 4.7.3',
    },
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { es: 'Título', en: 'Title' } },
    { name: 'parent', type: 'relationship', relationTo: TRANSPARENCY_ITEMS, access: systemOnly, label: { es: 'Ítem superior', en: 'Parent item' }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'sortKey', type: 'text', index: true, access: systemOnly, label: { es: 'Orden', en: 'Sort key' }, admin: { hidden: true } },
    { name: 'ownerDepartment', type: 'relationship', relationTo: SLUGS.departments, label: { es: 'Dependencia responsable', en: 'Owner department' } },
    { name: 'lastUpdated', type: 'date', label: { es: 'Última actualización', en: 'Last update' } },
    { name: 'updateFrequency', type: 'select', options: UPDATE_FREQUENCIES, label: { es: 'Frecuencia de actualización', en: 'Update frequency' } },
    {
      name: 'links',
      type: 'array',
      maxRows: 100,
      label: { es: 'Enlaces', en: 'Links' },
      labels: { singular: { es: 'Enlace', en: 'Link' }, plural: { es: 'Enlaces', en: 'Links' } },
      fields: [
        { name: 'label', type: 'text', maxLength: 200, label: { es: 'Texto', en: 'Label' } },
        { name: 'content', type: 'relationship', relationTo: SLUGS.contents, label: { es: 'Contenido', en: 'Content' } },
        { name: 'asset', type: 'relationship', relationTo: SLUGS.archiveAssets, label: { es: 'Documento del archivo', en: 'Archive document' } },
        { name: 'dataset', type: 'text', maxLength: 100, label: { es: 'Conjunto de datos abiertos', en: 'Open dataset' }, admin: { description: { es: 'p. ej. published-contents', en: 'e.g. published-contents' } } },
        { name: 'url', type: 'text', validate: validateHttpUrl, label: { es: 'Dirección', en: 'URL' } },
      ],
    },
    { name: 'notApplicable', type: 'checkbox', defaultValue: false, label: { es: 'No aplica', en: 'Not applicable' } },
    {
      name: 'notApplicableJustification',
      type: 'textarea',
      maxLength: 3000,
      label: { es: 'Justificación jurídica de no publicación (pública)', en: 'Public legal justification' },
      admin: { condition: (data) => Boolean(data?.notApplicable) },
    },
  ],
})
