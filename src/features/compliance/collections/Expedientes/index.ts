import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { GROUPS } from '../../../../defaults.js'
import { allowRoles, nobodyField } from '../../../../kernel/access/index.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'
import { exportExpedienteEndpoint } from '../../endpoints/exportExpediente.js'
import { EXPEDIENTE_READERS } from '../../expedientes/readers.js'
import { buildElectronicIndex } from './hooks/buildElectronicIndex.js'

const systemOnly = { create: nobodyField, update: nobodyField }


/**
 * Expedientes (Acuerdo AGN 003/2015; research AR-5): archive assets and contents of one procedure
 * ("Rendición de cuentas 2026") in order, with an electronic index the system keeps (order,
 * dates, SHA-256, format, size, name) and an export as one verifiable ZIP
 * (GET /api/expedientes/:id/export; `npm run expediente:verify -- <zip>` checks it offline).
 */
export const createExpedientesCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.expedientes,
  labels: { singular: { es: 'Expediente', en: 'Case file' }, plural: { es: 'Expedientes', en: 'Case files' } },
  admin: {
    group: GROUPS.archive,
    useAsTitle: 'title',
    defaultColumns: ['title', 'series', 'indexUpdatedAt', 'updatedAt'],
    description: {
      es: 'Agrupa documentos de un mismo trámite. El índice electrónico se genera solo; la exportación es un ZIP verificable.',
      en: 'Groups the documents of one procedure. The electronic index is generated automatically; the export is a verifiable ZIP.',
    },
  },
  access: {
    read: allowRoles(...EXPEDIENTE_READERS),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    // An expediente is an archival record: only the administrator removes one made by mistake.
    delete: allowRoles('admin'),
  },
  hooks: { beforeChange: [buildElectronicIndex] },
  endpoints: [exportExpedienteEndpoint(options)],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { es: 'Nombre del expediente', en: 'Title' } },
    { name: 'series', type: 'relationship', relationTo: SLUGS.retentionSeries, label: { es: 'Serie documental (TRD)', en: 'Records series' } },
    { name: 'description', type: 'textarea', maxLength: 3000, label: { es: 'Descripción', en: 'Description' } },
    {
      name: 'members',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 500,
      label: { es: 'Documentos (en orden)', en: 'Documents (in order)' },
      labels: { singular: { es: 'Documento', en: 'Document' }, plural: { es: 'Documentos', en: 'Documents' } },
      fields: [{ name: 'item', type: 'relationship', relationTo: [SLUGS.archiveAssets, SLUGS.contents], required: true, label: { es: 'Documento', en: 'Document' } }],
    },
    { name: 'export', type: 'ui', label: { es: 'Exportar', en: 'Export' }, admin: { position: 'sidebar', components: { Field: clientComponent('ExportExpedienteButton') } } },
    { name: 'indexUpdatedAt', type: 'date', access: systemOnly, label: { es: 'Índice actualizado el', en: 'Index updated at' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'electronicIndex',
      type: 'array',
      access: systemOnly,
      label: { es: 'Índice electrónico', en: 'Electronic index' },
      labels: { singular: { es: 'Entrada', en: 'Entry' }, plural: { es: 'Entradas', en: 'Entries' } },
      // Shown by the table below (one readable row per document); the raw rows stay out of the form.
      admin: { readOnly: true, hidden: true },
      fields: [
        { name: 'order', type: 'number', label: { es: 'Orden', en: 'Order' } },
        { name: 'title', type: 'text', label: { es: 'Nombre del documento', en: 'Document name' } },
        { name: 'collection', type: 'text', label: { es: 'Colección', en: 'Collection' } },
        { name: 'itemId', type: 'text', label: { es: 'Identificador', en: 'Identifier' } },
        { name: 'file', type: 'text', label: { es: 'Archivo en el paquete', en: 'File in the package' } },
        { name: 'format', type: 'text', label: { es: 'Formato', en: 'Format' } },
        { name: 'size', type: 'number', label: { es: 'Tamaño (bytes)', en: 'Size (bytes)' } },
        { name: 'sha256', type: 'text', label: { es: 'Huella SHA-256', en: 'SHA-256 fingerprint' } },
        { name: 'documentDate', type: 'text', label: { es: 'Fecha de creación del documento', en: 'Document date' } },
        { name: 'addedAt', type: 'text', label: { es: 'Fecha de incorporación al expediente', en: 'Added to the case file' } },
      ],
    },
    { name: 'indexTable', type: 'ui', label: { es: 'Índice electrónico', en: 'Electronic index' }, admin: { components: { Field: { path: clientComponent('ElectronicIndexTable'), clientProps: { timeZone: options.timeZone } } } } },
    { name: 'memberKeys', type: 'text', hasMany: true, index: true, access: { ...systemOnly, read: () => false }, label: { es: 'Claves de los documentos', en: 'Document keys' }, admin: { hidden: true } },
  ],
})
