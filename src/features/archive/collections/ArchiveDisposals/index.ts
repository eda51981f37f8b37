import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { executeDisposal, guardDisposal, retireDisposedAssets } from './hooks/executeDisposal.js'
import { allowRoles, nobody, nobodyField } from '../../../../kernel/access/index.js'
import { DISPOSITIONS } from '../../dispositions.js'
import { GROUPS } from '../../../../defaults.js'
import { forbidden } from '../../../../kernel/errors.js'
import { tr } from '../../../../kernel/i18n/index.js'
import { SLUGS } from '../../../../kernel/slugs.js'

const systemOnly = { create: nobodyField, update: nobodyField }

/**
 * Disposal acts ("actas de eliminación documental", Ley 594/2000 Art. 15, Acuerdo AGN 004/2019):
 * the only way archive assets leave the active archive at the end of their retention. The head
 * or an admin drafts the act with the committee's act number and its assets, then executes it
 * (`status: executed`): it is refused for an asset on legal hold, not yet due, or whose series
 * must be kept (CT); otherwise every asset is retired (never deleted: the row, its checksum and
 * its files stay) and the act records who, when, and each asset's checksum. Executed acts are
 * immutable; no act is ever deleted.
 */
export const createArchiveDisposalsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.archiveDisposals,
  labels: { singular: { es: 'Acta de eliminación', en: 'Disposal act' }, plural: { es: 'Actas de eliminación', en: 'Disposal acts' } },
  admin: {
    group: GROUPS.archive,
    useAsTitle: 'actNumber',
    defaultColumns: ['actNumber', 'title', 'status', 'executedAt'],
    description: {
      es: 'Eliminación documental aprobada (Ley 594 de 2000): retira los activos con retención vencida y deja constancia de sus huellas SHA-256.',
      en: 'Approved disposal (Ley 594/2000): retires assets whose retention expired and records their SHA-256 checksums.',
    },
  },
  access: {
    read: allowRoles('admin', 'head', 'auditor'),
    create: allowRoles('admin', 'head'),
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  disableDuplicate: true,
  hooks: {
    beforeChange: [guardDisposal, executeDisposal],
    afterChange: [retireDisposedAssets],
    beforeDelete: [
      ({ req }) => {
        throw forbidden(tr(req, 'disposalNeverDeleted'))
      },
    ],
  },
  fields: [
    { name: 'actNumber', type: 'text', required: true, unique: true, label: { es: 'Acta No.', en: 'Act no.' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'committeeDate', type: 'date', label: { es: 'Fecha del comité que aprobó', en: 'Approving committee date' } },
    { name: 'basis', type: 'textarea', required: true, label: { es: 'Fundamento (TRD, concepto del comité)', en: 'Basis (retention schedule, committee opinion)' } },
    {
      name: 'assets',
      type: 'relationship',
      relationTo: SLUGS.archiveAssets,
      hasMany: true,
      required: true,
      label: { es: 'Activos a eliminar', en: 'Assets to dispose of' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      label: { es: 'Estado', en: 'Status' },
      options: [
        { value: 'draft', label: { es: 'Borrador', en: 'Draft' } },
        { value: 'executed', label: { es: 'Ejecutada', en: 'Executed' } },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'executedAt', type: 'date', access: systemOnly, label: { es: 'Ejecutada el', en: 'Executed at' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'executedBy', type: 'relationship', relationTo: SLUGS.users, access: systemOnly, label: { es: 'Ejecutada por', en: 'Executed by' }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'items',
      labels: { singular: { es: 'Elemento', en: 'Item' }, plural: { es: 'Elementos', en: 'Items' } },
      type: 'array',
      access: systemOnly,
      label: { es: 'Constancia por activo', en: 'Record per asset' },
      admin: { readOnly: true },
      fields: [
        { name: 'asset', type: 'relationship', relationTo: SLUGS.archiveAssets, label: { es: 'Activo', en: 'Asset' } },
        { name: 'title', type: 'text', label: { es: 'Título', en: 'Title' } },
        { name: 'filename', type: 'text', label: { es: 'Archivo', en: 'File' } },
        { name: 'sha256', type: 'text', label: { es: 'SHA-256', en: 'SHA-256' } },
        { name: 'filesize', type: 'number', label: { es: 'Tamaño', en: 'Size' } },
        { name: 'series', type: 'text', label: { es: 'Serie (TRD)', en: 'Records series' } },
        { name: 'retentionDueAt', type: 'date', label: { es: 'Venció la retención', en: 'Retention due' } },
        { name: 'disposition', type: 'select', options: DISPOSITIONS, label: { es: 'Disposición final', en: 'Final disposition' } },
      ],
    },
  ],
})
