import { fieldLabelOf, hasField, localizedLabel } from '../admin/stateLabels.js'
import { type MessageKey, spanishMessages, tr } from './index.js'

export type LabelRequest = null | undefined | {
  i18n?: { language?: string; t?: unknown }
  payload?: { collections?: Record<string, { config: { fields?: ReadonlyArray<unknown> } } | undefined> }
  t?: unknown
}

/** The key of an endpoint parameter's label (`file` → `paramLabelFile`, `contentId` → `paramLabelContentId`). */
export const paramLabelKey = (name: string): string =>
  `paramLabel${name.replace(/(^|[-_.])(\w)/g, (_whole, _sep: string, first: string) => first.toUpperCase())}`

/**
 * How a refusal names a field for the person who reads it: the collection field's label in the
 * caller's language (`answer.answeredAt` → "Respuesta › Fecha de respuesta"); an endpoint
 * parameter that is no field (`file`, `policy`, `where`) by its `paramLabel…` message; the key
 * itself only when neither knows it. The key stays machine-readable in `data.errors[].path`.
 */
export const labelOf = (req: LabelRequest, collection: null | string | undefined, path: string): string => {
  const language = req?.i18n?.language ?? 'es'
  const fields = collection ? req?.payload?.collections?.[collection]?.config.fields : undefined
  const key = paramLabelKey(path)
  const param = key in spanishMessages ? tr(req, key as MessageKey) : undefined
  if (fields && hasField(fields, path.split('.')[0]!)) {
    // A field without a label of its own gets Payload's English words for its name ("Name"):
    // the parameter's label in the reader's language is better, when there is one.
    return param && !path.includes('.') && !localizedLabel(fields, path) ? param : fieldLabelOf(fields, path, language)
  }
  return param ?? (fields ? fieldLabelOf(fields, path, language) : path)
}

/** A refusal's text with the field named first, as people read it: "Fecha de respuesta: no puede ser futura". */
export const withLabel = (req: LabelRequest, collection: null | string | undefined, path: string, message: string): string =>
  `${labelOf(req, collection, path)}: ${message}`
