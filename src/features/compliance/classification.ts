import type { Field, Validate, Where } from 'payload'

import { withLabel } from '../../kernel/i18n/fieldLabel.js'
import { tr } from '../../kernel/i18n/index.js'

/** Ley 1712/2014 art. 6: información pública (the default), pública clasificada, pública reservada. */
export const CLASSIFICATIONS = [
  { value: 'public', label: { es: 'Pública', en: 'Public' } },
  { value: 'classified', label: { es: 'Clasificada (art. 18)', en: 'Classified (art. 18)' } },
  { value: 'reserved', label: { es: 'Reservada (art. 19)', en: 'Reserved (art. 19)' } },
]

/**
 * What the public may read, by classification: public only. Documents stored before the field
 * existed (a MongoDB document without it) are public by the law's maximum-publicity default.
 * ANDed into every anonymous read rule of contents and archive assets (REST, GraphQL, feeds,
 * by-slug, relationships, files).
 */
export const PUBLIC_CLASSIFICATION: Where = { or: [{ classification: { equals: 'public' } }, { classification: { exists: false } }] }

const levelOf = (data: unknown): string => String((data as { classification?: unknown } | undefined)?.classification ?? 'public')

/** Required when the document is not public: the field's message names the rule (Ley 1712 arts. 18–19). */
const requiredWhenRestricted =
  (path: string, key: 'classificationBasisRequired' | 'classificationScopeRequired' | 'classificationTermRequired'): Validate =>
  (value, { collectionSlug, data, req }) => {
    const level = levelOf(data)
    if (level === 'public') return true
    if (value === null || value === undefined || (typeof value === 'string' && !value.trim())) {
      return withLabel(req, collectionSlug, path, tr(req, key, { level: tr(req, level === 'reserved' ? 'classificationReserved' : 'classificationClassified') }))
    }
    return true
  }

/**
 * The classification of a content or archive asset (Ley 1712 arts. 6, 18–19): public by default;
 * a classified or reserved one needs its legal basis, scope (total or partial) and term, and is
 * never readable by anonymous callers. Feeds the Índice de Información Clasificada y Reservada.
 */
export const classificationFields: Field[] = [
  {
    name: 'classification',
    type: 'select',
    // Not `required`: the default applies on every create, and an empty value reads as public
    // (PUBLIC_CLASSIFICATION), the law's default; required would break every typed create.
    defaultValue: 'public',
    index: true,
    options: CLASSIFICATIONS,
    label: { es: 'Clasificación (Ley 1712/2014)', en: 'Classification (Ley 1712/2014)' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'classificationDetails',
    type: 'group',
    label: { es: 'Excepción de acceso', en: 'Access exception' },
    admin: { condition: (data) => levelOf(data) !== 'public', position: 'sidebar' },
    fields: [
      {
        name: 'legalBasis',
        type: 'textarea',
        maxLength: 2000,
        validate: requiredWhenRestricted('classificationDetails.legalBasis', 'classificationBasisRequired'),
        label: { es: 'Fundamento constitucional o legal', en: 'Constitutional or legal basis' },
      },
      { name: 'objective', type: 'textarea', maxLength: 2000, label: { es: 'Objetivo legítimo de la excepción', en: 'Legitimate aim of the exception' } },
      {
        name: 'scope',
        type: 'select',
        options: [
          { value: 'total', label: { es: 'Total', en: 'Total' } },
          { value: 'partial', label: { es: 'Parcial', en: 'Partial' } },
        ],
        validate: requiredWhenRestricted('classificationDetails.scope', 'classificationScopeRequired'),
        label: { es: 'Alcance', en: 'Scope' },
      },
      {
        name: 'until',
        type: 'date',
        validate: requiredWhenRestricted('classificationDetails.until', 'classificationTermRequired'),
        label: { es: 'Plazo de la clasificación (hasta)', en: 'Classified until' },
      },
    ],
  },
]

/**
 * Ley 982/2005 art. 13: whether a video carries Colombian Sign Language interpretation. Read by
 * the `signLanguage` approval check for videos tagged emergency, public safety or accountability.
 */
export const signLanguageField: Field = {
  name: 'signLanguage',
  type: 'checkbox',
  defaultValue: false,
  label: { es: 'Incluye interpretación en Lengua de Señas Colombiana (LSC)', en: 'Includes Colombian Sign Language (LSC) interpretation' },
  admin: { condition: (data) => data?.kind === 'video' },
}
