import type { Field } from 'payload'

import { auditCheckOverrides, stampCheckOverrides } from '../../../checks/hooks/recordCheckOverrides.js'
import { runChecksField } from '../../../checks/hooks/runChecks.js'
import { allowRolesForField, nobodyField, staffOnlyField } from '../../../../kernel/access/index.js'
import { CHECK_LABELS, CHECK_NAMES } from '../../../checks/types.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Archive area's fields of `contents` (issue 4): the images and videos a content uses (archive
 * assets), their accessibility declarations, the stored results of the checks of part C, and the
 * head's overrides of failed checks (recorded in the audit trail).
 */
export const contentArchiveFields: Field[] = [
  {
    type: 'collapsible',
    label: { es: 'Imágenes y video', en: 'Images and video' },
    fields: [
      { name: 'heroImage', type: 'upload', relationTo: SLUGS.archiveAssets, label: { es: 'Imagen principal', en: 'Hero image' } },
      {
        type: 'row',
        fields: [
          {
            name: 'heroImageAlt',
            type: 'text',
            label: { es: 'Texto alternativo de la imagen principal', en: 'Hero image alternative text' },
            admin: { description: { es: 'Vacío: se usa el del archivo.', en: "Empty: the asset's own is used." } },
          },
          { name: 'heroImageDecorative', type: 'checkbox', label: { es: 'Decorativa', en: 'Decorative' } },
        ],
      },
      {
        name: 'gallery',
        labels: { singular: { es: 'Imagen de la galería', en: 'Gallery image' }, plural: { es: 'Galería', en: 'Gallery' } },
        type: 'array',
        label: { es: 'Galería', en: 'Gallery' },
        fields: [
          { name: 'asset', type: 'upload', relationTo: SLUGS.archiveAssets, required: true, label: { es: 'Activo', en: 'Asset' } },
          { name: 'alt', type: 'text', label: { es: 'Texto alternativo', en: 'Alternative text' } },
          { name: 'decorative', type: 'checkbox', label: { es: 'Decorativa', en: 'Decorative' } },
          { name: 'caption', type: 'text', label: { es: 'Pie de foto', en: 'Caption' } },
        ],
      },
      {
        name: 'videos',
        labels: { singular: { es: 'Video', en: 'Video' }, plural: { es: 'Videos', en: 'Videos' } },
        type: 'array',
        label: { es: 'Videos', en: 'Videos' },
        fields: [
          { name: 'asset', type: 'upload', relationTo: SLUGS.archiveAssets, required: true, label: { es: 'Video', en: 'Video' } },
          {
            name: 'captions',
            type: 'upload',
            relationTo: SLUGS.archiveAssets,
            label: { es: 'Archivo de subtítulos (WebVTT/SRT)', en: 'Caption file (WebVTT/SRT)' },
          },
          { name: 'burnedInCaptions', type: 'checkbox', label: { es: 'Subtítulos incrustados', en: 'Burned-in captions' } },
          { name: 'live', type: 'checkbox', label: { es: 'Transmisión en vivo', en: 'Live broadcast' } },
        ],
      },
    ],
  },
  {
    name: 'checks',
    type: 'group',
    label: { es: 'Verificaciones (marca, accesibilidad, autorizaciones, neutralidad, lenguaje claro)', en: 'Checks' },
    // Computed on every save; whatever a caller sends is replaced.
    hooks: { beforeChange: [runChecksField] },
    // Results name people, consent and licences: staff only, even on a published content.
    access: { read: staffOnlyField },
    // Shown as a panel (each check in words, with its reasons, and the approval gate).
    admin: { readOnly: true, components: { Field: clientComponent('ChecksPanel') } },
    fields: [
      { name: 'ranAt', type: 'date', label: { es: 'Calculadas el', en: 'Ran at' } },
      { name: 'blocking', type: 'checkbox', label: { es: 'Bloquean la aprobación', en: 'Block approval' } },
      { name: 'failures', type: 'number', label: { es: 'Fallas que bloquean', en: 'Blocking failures' } },
      { name: 'readability', type: 'number', label: { es: 'Índice Fernández-Huerta', en: 'Fernández-Huerta score' } },
      { name: 'results', type: 'json', label: { es: 'Resultados', en: 'Results' } },
    ],
  },
  {
    name: 'checkOverrides',
    labels: { singular: { es: 'Excepción a una verificación', en: 'Check override' }, plural: { es: 'Excepciones a verificaciones', en: 'Check overrides' } },
    type: 'array',
    label: { es: 'Excepciones autorizadas por el jefe', en: "Head's overrides of failed checks" },
    access: { create: allowRolesForField('head', 'admin'), update: allowRolesForField('head', 'admin'), read: staffOnlyField },
    hooks: { beforeChange: [stampCheckOverrides], afterChange: [auditCheckOverrides] },
    fields: [
      {
        name: 'check',
        type: 'select',
        required: true,
        options: CHECK_NAMES.map((value) => ({ value, label: CHECK_LABELS[value] })),
        label: { es: 'Verificación', en: 'Check' },
      },
      { name: 'reason', type: 'textarea', required: true, label: { es: 'Motivo', en: 'Reason' } },
      { name: 'by', type: 'relationship', relationTo: SLUGS.users, access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true }, label: { es: 'Por', en: 'By' } },
      { name: 'at', type: 'date', access: { create: nobodyField, update: nobodyField }, admin: { readOnly: true }, label: { es: 'Fecha', en: 'At' } },
    ],
  },
]
