import type { Field, GlobalConfig, CollectionConfig, Validate } from 'payload'

import { validations } from 'payload/shared'
import { labelIn } from '../kernel/admin/stateLabels.js'
import { tr } from '../kernel/i18n/index.js'

type AnyField = Field & {
  fields?: Field[]
  hasMany?: boolean
  name?: string
  tabs?: Array<{ fields: Field[] }>
  validate?: Validate
  virtual?: boolean | string
}

const isText = (value: unknown) => typeof value === 'string'
const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value)

/**
 * The type rule of a field, checked before its own validation. Payload coerces wrong types
 * silently: an object sent as a text field is stored as its JSON, "mucho" sent to a number field
 * becomes null, a number sent to a hasMany select becomes []. Those are bad input: 400 naming the
 * field. Returns the message, or null when the type is right (or the value is empty).
 */
const typeError = (field: AnyField, value: unknown, req: Parameters<typeof tr>[0]): null | string => {
  if (value === null || value === undefined) return null
  // The field by its label in the caller's language; the key stays the error's path.
  const label = labelIn((field as { label?: unknown }).label, (req as { i18n?: { language?: string } } | null | undefined)?.i18n?.language ?? 'es') || field.name
  const named = (key: 'typeNumber' | 'typeNumbers' | 'typeOption' | 'typeOptions' | 'typeText' | 'typeTexts') => `${label}: ${tr(req, key)}`
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      if (field.type === 'text' && field.hasMany) {
        return Array.isArray(value) && value.every(isText) ? null : named('typeTexts')
      }
      return isText(value) ? null : named('typeText')
    case 'number':
      if (field.hasMany) {
        return Array.isArray(value) && value.every(isNumber) ? null : named('typeNumbers')
      }
      return isNumber(value) ? null : named('typeNumber')
    case 'select':
      if (field.hasMany) {
        return Array.isArray(value) && value.every(isText) ? null : named('typeOptions')
      }
      return isText(value) ? null : named('typeOption')
    default:
      return null
  }
}

const STRICT = new Set(['text', 'textarea', 'email', 'code', 'number', 'select'])

const strictFields = (fields: Field[]): Field[] =>
  fields.map((original) => {
    const field = original as AnyField
    if (field.type === 'tabs' && field.tabs) {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: strictFields(tab.fields) })) } as Field
    }
    if (field.fields) return { ...field, fields: strictFields(field.fields) } as Field
    if (!STRICT.has(field.type) || !field.name || field.virtual) return original
    const own = field.validate ?? (validations as unknown as Record<string, Validate>)[field.type]
    const validate: Validate = (value, args) => typeError(field, value, (args as { req?: Parameters<typeof tr>[0] } | undefined)?.req) ?? (own ? own(value, args) : true)
    return { ...field, validate } as Field
  })

/**
 * Wraps the validation of every text, textarea, email, code, number and select field of the given
 * collections and globals with a type check (see `typeError`), keeping the field's own rule.
 */
export const withStrictFieldTypes = <T extends CollectionConfig | GlobalConfig>(configs: T[] | undefined): T[] =>
  (configs ?? []).map((config) => ({ ...config, fields: strictFields(config.fields) }))
