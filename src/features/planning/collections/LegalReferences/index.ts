import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, authenticated } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * The normograma: laws, decrees, resolutions and other inputs the process follows, with the
 * obligations each one brings, so plan actions, guidelines and risk controls cite their source.
 */
export const createLegalReferencesCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.legalReferences,
  labels: { singular: { es: 'Norma', en: 'Legal reference' }, plural: { es: 'Normograma', en: 'Legal references' } },
  admin: { group: GROUPS.plan, useAsTitle: 'title', defaultColumns: ['title', 'kind', 'number', 'year', 'issuer', 'inForce'] },
  access: {
    read: authenticated,
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: allowRoles('admin'),
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [
        { value: 'constitution', label: { es: 'Constitución', en: 'Constitution' } },
        { value: 'law', label: { es: 'Ley', en: 'Law' } },
        { value: 'decree', label: { es: 'Decreto', en: 'Decree' } },
        { value: 'resolution', label: { es: 'Resolución', en: 'Resolution' } },
        { value: 'agreement', label: { es: 'Acuerdo', en: 'Agreement' } },
        { value: 'circular', label: { es: 'Circular', en: 'Circular' } },
        { value: 'standard', label: { es: 'Norma técnica / guía', en: 'Standard / guide' } },
        { value: 'internal', label: { es: 'Documento interno', en: 'Internal document' } },
      ],
      label: { es: 'Tipo', en: 'Kind' },
    },
    { name: 'issuer', type: 'text', required: true, label: { es: 'Emisor', en: 'Issuer' } },
    { name: 'number', type: 'text', label: { es: 'Número', en: 'Number' } },
    { name: 'year', type: 'number', min: 1800, max: 2100, label: { es: 'Año', en: 'Year' } },
    { name: 'url', type: 'text', validate: validateHttpUrl, label: { es: 'Enlace', en: 'Link' } },
    {
      name: 'obligations',
      labels: { singular: { es: 'Obligación', en: 'Obligation' }, plural: { es: 'Obligaciones', en: 'Obligations' } },
      type: 'array',
      label: { es: 'Obligaciones que impone', en: 'Obligations it brings' },
      fields: [
        { name: 'article', type: 'text', label: { es: 'Artículo', en: 'Article' } },
        { name: 'obligation', type: 'textarea', required: true, label: { es: 'Obligación', en: 'Obligation' } },
      ],
    },
    { name: 'inForce', type: 'checkbox', defaultValue: true, label: { es: 'Vigente', en: 'In force' } },
  ],
})
