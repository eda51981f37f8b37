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

type Container = FieldLike & { fields?: unknown[]; tabs?: Array<{ name?: string; fields?: unknown[] }> }

/** The data fields at a document's top level (through rows, collapsibles and unnamed tabs). */
const topLevel = (fields: ReadonlyArray<unknown> | undefined): FieldLike[] =>
  (fields ?? []).flatMap((raw) => {
    const field = raw as Container
    if (field.name) return [field]
    if (field.fields) return topLevel(field.fields)
    if (field.tabs) return field.tabs.flatMap((tab) => (tab.name ? [] : topLevel(tab.fields)))
    return []
  })

/** The labels of one select field's options (`{ open: 'Abierta', … }`). */
export const optionLabelsOf = (fields: ReadonlyArray<unknown> | undefined, name: string, language: string): Record<string, string> => {
  const field = topLevel(fields).find((f) => f.name === name && (f.type === 'select' || f.type === 'radio'))
  const map: Record<string, string> = {}
  for (const option of field?.options ?? []) {
    if (typeof option === 'string') map[option] = option
    else map[option.value] = labelIn(option.label, language) || option.value
  }
  return map
}

/** Names a stored code (a collection's select field value) for people; the code itself when unknown. */
export type CodeNamer = (collection: string, field: string, value: string) => string
export const codesAsIs: CodeNamer = (_collection, _field, value) => value

/** A CodeNamer over a config's collections (server `payload.collections[slug].config` or the admin's `getEntityConfig`). */
export const codeNamer = (fieldsOf: (collection: string) => ReadonlyArray<unknown> | undefined, language: string): CodeNamer => {
  const cache = new Map<string, Record<string, string>>()
  return (collection, field, value) => {
    const key = `${collection}.${field}`
    if (!cache.has(key)) cache.set(key, optionLabelsOf(fieldsOf(collection), field, language))
    return cache.get(key)![value] ?? value
  }
}

/** One code's label; a code the collection does not list (a check's `check:…:fail`) stays as it is. */
export const stateLabel = (labels: Record<string, string>, code: null | string | undefined): string =>
  code ? (labels[code] ?? code) : ''

/**
 * A field's label in `language` (its name when it has none): messages name fields as people read
 * them. A dotted path (`answer.answeredAt`, `members.2.item`) reads through groups, arrays and
 * named tabs as "Respuesta › Fecha de respuesta" ("Miembros 3 › Documento"); an array index counts from 1.
 */
export const fieldLabelOf = (fields: ReadonlyArray<unknown> | undefined, name: string, language: string): string => {
  const parts: string[] = []
  let level: ReadonlyArray<unknown> | undefined = fields
  for (const segment of name.split('.')) {
    if (/^\d+$/.test(segment)) {
      if (parts.length) parts[parts.length - 1] += ` ${Number(segment) + 1}`
      continue
    }
    const field = (level ? topLevel(level).find((f) => f.name === segment) : undefined) as (Container & { label?: unknown }) | undefined
    parts.push((field && labelIn(field.label, language)) || segment)
    level = field?.fields ?? field?.tabs?.flatMap((tab) => tab.fields ?? [])
  }
  return parts.join(' › ')
}

/** Whether a collection's fields hold a data field of this name at the top level. */
export const hasField = (fields: ReadonlyArray<unknown> | undefined, name: string): boolean => topLevel(fields).some((f) => f.name === name)

/** Whether a top-level field has a label per language (`{ es, en }`), not only Payload's words for its name. */
export const localizedLabel = (fields: ReadonlyArray<unknown> | undefined, name: string): boolean => {
  const field = topLevel(fields).find((f) => f.name === name) as { label?: unknown } | undefined
  return Boolean(field?.label && typeof field.label === 'object')
}
