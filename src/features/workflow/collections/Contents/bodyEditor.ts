import type { Field, RichTextField, Validate } from 'payload'

import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import { validations } from 'payload'

import { bodyImages } from '../../../checks/bodyImages.js'
import { tr } from '../../../../kernel/i18n/index.js'

/** The upload collections an editor may place inline in a content's body (the plugin's own). */
export const BODY_UPLOAD_COLLECTIONS = ['archive-assets', 'brand-assets'] as const

/**
 * Fields of an inline upload node (the drawer the admin opens on an inline image): its
 * alternative text for screen readers, or the mark that the image is decorative. Read by the
 * accessibility check (src/features/checks/bodyImages.ts) and by the body's validation below.
 */
export const inlineImageFields: Field[] = [
  {
    name: 'alt',
    type: 'text',
    label: { es: 'Texto alternativo', en: 'Alternative text' },
    admin: {
      description: {
        es: 'Obligatorio salvo que la imagen sea decorativa (o el activo ya tenga el suyo): qué muestra la imagen, para lectores de pantalla.',
        en: "Required unless the image is decorative (or the asset has its own): what the image shows, for screen readers.",
      },
    },
  },
  {
    name: 'decorative',
    type: 'checkbox',
    label: { es: 'Imagen decorativa (sin texto alternativo)', en: 'Decorative image (no alternative text)' },
  },
]

/**
 * The body's validation: every inline image has alternative text — on the node, or the asset's
 * own, as for the hero image — or is marked decorative (the rule of the accessibility check);
 * then the editor's own validation. Payload skips validation on draft saves, so a draft may
 * still lack it (the accessibility check flags it at review); a published save may not.
 */
export const validateBody: Validate<unknown, unknown, unknown, RichTextField> = async (value, options) => {
  const missing = (await bodyImages(value, options.req)).filter((image) => !image.decorative && !String(image.alt ?? '').trim())
  if (missing.length > 0) {
    return missing.map((image) => tr(options.req, 'bodyImageNeedsAlt', { label: image.label })).join('; ')
  }
  return validations.richText(value as never, options as never)
}

/**
 * The rich-text editor of a content's body: Lexical's default features, with uploads limited to
 * the archive and brand assets and each inline upload carrying `alt` and `decorative`.
 */
export const contentBodyEditor = (): ReturnType<typeof lexicalEditor> =>
  lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
      UploadFeature({
        enabledCollections: [...BODY_UPLOAD_COLLECTIONS],
        collections: Object.fromEntries(BODY_UPLOAD_COLLECTIONS.map((slug) => [slug, { fields: inlineImageFields }])),
      }),
    ],
  })
