/**
 * State codes as people read them: the label of a code in the select field that holds a
 * document's state (`status` or `stage`, the machine's field), in the reader's language. Pure, for
 * the server (trail CSV, reports) and the admin (trail cells, the timeline): both pass the fields
 * they have (server or client config; labels are `{ es, en }` objects or plain text).
 */
type Label = Record<string, string> | string | undefined
type FieldLike = { name?: string; type?: string; options?: ReadonlyArray<{ value: string; label?: Label } | string> }

const STATE_FIELDS = ['status', 'stage']

/** A label object or text in `language` (Spanish, then any, as the fallback). */
export const labelIn = (label: Label | unknown, language: string): string => {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const l = label as Record<string, string>
    return l[language] ?? l.es ?? Object.values(l)[0] ?? ''
  }
  return ''
}

/** The labels of a collection's state codes (`{ submitted: 'Radicada', … }`), from its fields. */
export const stateLabelsOf = (fields: ReadonlyArray<unknown> | undefined, language: string): Record<string, string> => {
  const map: Record<string, string> = {}
  for (const raw of fields ?? []) {
    const field = raw as FieldLike
    if (field.type !== 'select' || !field.name || !STATE_FIELDS.includes(field.name)) continue
    for (const option of field.options ?? []) {
      if (typeof option === 'string') map[option] ??= option
      else map[option.value] ??= labelIn(option.label, language) || option.value
    }
  }
  return map
}

/** One code's label; a code the collection does not list (a check's `check:…:fail`) stays as it is. */
export const stateLabel = (labels: Record<string, string>, code: null | string | undefined): string =>
  code ? (labels[code] ?? code) : ''
