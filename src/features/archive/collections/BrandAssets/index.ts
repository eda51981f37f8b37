import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { stampManualVersion } from './hooks/stampManualVersion.js'
import { allowRoles, authenticated, PUBLIC_BRAND_ASSETS, publicOr } from '../../../../kernel/access/index.js'
import { archivePaths } from '../../paths.js'
import { storedFileHandler } from '../../../../kernel/storage/serve.js'
import { removeStoredFiles, storeUploadedFiles } from '../../../../kernel/storage/uploadHooks.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/** Logos, templates, fonts and icons of the image manual, with their variant and usage notes. */
export const createBrandAssetsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.brandAssets,
  labels: { singular: { es: 'Recurso de marca', en: 'Brand asset' }, plural: { es: 'Recursos de marca', en: 'Brand assets' } },
  admin: { group: GROUPS.plan, useAsTitle: 'title', defaultColumns: ['title', 'kind', 'variant', 'manualVersion'] },
  upload: {
    staticDir: archivePaths(options).brand,
    adminThumbnail: 'thumbnail',
    // Its files live in the plugin's storage (src/kernel/storage/): Payload processes the upload,
    // storeUploadedFiles puts it, the handler serves it after Payload's access check.
    disableLocalStorage: true,
    handlers: [storedFileHandler(options, 'brand', SLUGS.brandAssets, ['thumbnail'])],
    imageSizes: [{ name: 'thumbnail', width: 300, height: 300, fit: 'contain', background: { r: 255, g: 255, b: 255, alpha: 0 } }],
    mimeTypes: [
      'image/png', 'image/jpeg', 'image/webp', 'image/svg+xml', 'application/pdf', 'application/postscript', 'application/illustrator',
      'image/vnd.adobe.photoshop', 'font/ttf', 'font/otf', 'font/woff', 'font/woff2', 'application/zip',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  },
  access: {
    // Public face (issue 7): anyone reads (and downloads) logos and icons; templates and font files
    // are for signed-in staff (the file route applies the same rule to each file URL).
    read: publicOr({ where: PUBLIC_BRAND_ASSETS, staff: authenticated }),
    create: allowRoles('admin', 'head', 'designer'),
    update: allowRoles('admin', 'head', 'designer'),
    delete: allowRoles('admin', 'head'),
  },
  hooks: { beforeChange: [stampManualVersion], afterChange: [storeUploadedFiles(options, 'brand')], afterDelete: [removeStoredFiles(options, 'brand')] },
  fields: [
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { es: 'Tipo', en: 'Kind' },
      options: [
        { value: 'logo', label: { es: 'Logo / escudo', en: 'Logo / coat of arms' } },
        { value: 'template', label: { es: 'Plantilla', en: 'Template' } },
        { value: 'font', label: { es: 'Fuente', en: 'Font' } },
        { value: 'icon', label: { es: 'Ícono', en: 'Icon' } },
      ],
    },
    {
      name: 'variant',
      type: 'select',
      label: { es: 'Variante', en: 'Variant' },
      options: [
        { value: 'colour', label: { es: 'Color', en: 'Colour' } },
        { value: 'mono', label: { es: 'Monocromático', en: 'Mono' } },
        { value: 'negative', label: { es: 'Negativo', en: 'Negative' } },
      ],
    },
    { name: 'usageNotes', type: 'textarea', label: { es: 'Notas de uso', en: 'Usage notes' } },
    {
      name: 'manualVersion',
      type: 'text',
      label: { es: 'Versión del manual', en: 'Manual version' },
      admin: { position: 'sidebar', description: { es: 'Vacío: la versión vigente.', en: 'Empty: the current version.' } },
    },
  ],
})
