import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { prepareMention } from './hooks/prepareMention.js'
import { allowRoles, MENTION_EDITORS, MONITORING_READERS, nobodyField } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import {
  FREE_PRESS_DESCRIPTION,
  FREE_PRESS_LABEL,
  METRIC_SOURCES,
  PROMINENCES,
  SENTIMENTS,
} from '../../vocabulary.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Media mentions ("monitoreo de medios"): one record per appearance of the institution in an
 * outlet. Entered by editors and the head in the admin, or imported from CSV
 * (`POST /api/monitoring/import/mentions`). Auditors read; requesters see nothing.
 */
export const createMediaMentionsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.mediaMentions,
  labels: { singular: { es: 'Mención en medios', en: 'Media mention' }, plural: { es: 'Monitoreo de medios', en: 'Media mentions' } },
  admin: {
    group: GROUPS.check,
    useAsTitle: 'headline',
    defaultColumns: ['date', 'outlet', 'headline', 'sentiment', 'topic', 'originContent'],
    listSearchableFields: ['headline', 'topic', 'url'],
    // CSV import above the list (editors/head/admin): file, mapping, policy, dry run, row-level report.
    components: { beforeListTable: [{ path: clientComponent('CsvImportPanel'), clientProps: { kind: 'mentions' } }] },
  },
  access: {
    read: allowRoles(...MONITORING_READERS),
    create: allowRoles(...MENTION_EDITORS),
    update: allowRoles(...MENTION_EDITORS),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeChange: [prepareMention(options)] },
  fields: [
    { name: 'outlet', type: 'relationship', relationTo: SLUGS.mediaOutlets, required: true, index: true, label: { es: 'Medio', en: 'Outlet' } },
    {
      name: 'date',
      type: 'date',
      required: true,
      index: true,
      label: { es: 'Fecha', en: 'Date' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'headline', type: 'text', required: true, label: { es: 'Titular', en: 'Headline' } },
    { name: 'url', type: 'text', validate: validateHttpUrl, label: { es: 'URL', en: 'URL' } },
    { name: 'summary', type: 'textarea', label: { es: 'Resumen', en: 'Summary' } },
    {
      name: 'topic',
      type: 'text',
      index: true,
      label: { es: 'Tema', en: 'Topic' },
      admin: { description: { es: 'Base de la participación en la conversación (share of voice) por tema.', en: 'The basis of share of voice by topic.' } },
    },
    { name: 'sentiment', type: 'select', required: true, defaultValue: 'neutral', index: true, options: SENTIMENTS, label: { es: 'Sentimiento', en: 'Sentiment' } },
    { name: 'departments', type: 'relationship', relationTo: SLUGS.departments, hasMany: true, label: { es: 'Dependencias', en: 'Departments' } },
    {
      name: 'originContent',
      type: 'relationship',
      relationTo: SLUGS.contents,
      index: true,
      label: { es: 'Contenido de origen', en: 'Origin content' },
      admin: { description: { es: 'El comunicado o contenido que la originó (tasa de recogida de comunicados).', en: 'The press release or content it came from (press-release pickup rate).' } },
    },
    { name: 'reach', type: 'number', min: 0, label: { es: 'Alcance (personas)', en: 'Reach (people)' } },
    {
      name: 'reachEstimated',
      type: 'checkbox',
      label: { es: 'Alcance tomado del medio', en: 'Reach taken from the outlet' },
      access: { update: nobodyField, create: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'prominence', type: 'select', options: PROMINENCES, label: { es: 'Despliegue', en: 'Prominence' } },
    {
      name: 'freePressValue',
      type: 'number',
      min: 0,
      label: FREE_PRESS_LABEL,
      admin: { description: FREE_PRESS_DESCRIPTION },
    },
    {
      name: 'source',
      type: 'select',
      options: METRIC_SOURCES,
      label: { es: 'Origen', en: 'Source' },
      access: { update: nobodyField, create: nobodyField },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'dedupeKey',
      label: { es: 'Clave de duplicados', en: 'Duplicate key' },
      type: 'text',
      unique: true,
      index: true,
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
