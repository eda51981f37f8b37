import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

/** What a query value must look like for the field a `where` path ends at. */
export type ValueKind =
  | { kind: 'boolean' }
  | { kind: 'date' }
  | { kind: 'geo' }
  | { kind: 'id'; idType: 'number' | 'objectid' | 'text' }
  | { kind: 'number' }
  | { kind: 'relationship'; idType: 'number' | 'objectid' | 'text'; polymorphic: boolean }
  | { kind: 'text' }

const collectionsOf = (payload: Payload) => payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>

type WithChildren = FlattenedField & { flattenedFields?: FlattenedField[]; relationTo?: string | string[]; hasMany?: boolean }

/**
 * The id format of a collection: its custom `id` field, or the adapter's default — integers on
 * SQLite/Postgres, ObjectIds on MongoDB (`defaultIDType: 'text'` with no custom id field).
 */
export const idTypeOf = (payload: Payload, slug: string): 'number' | 'objectid' | 'text' => {
  const config = collectionsOf(payload)[slug]?.config
  const custom = config?.flattenedFields.find((field) => field.name === 'id') as WithChildren | undefined
  if (custom) return custom.type === 'number' ? 'number' : 'text'
  const fallback = (payload.db as { defaultIDType?: string }).defaultIDType
  if (fallback === 'number') return 'number'
  return payload.db.name === 'mongoose' ? 'objectid' : 'text'
}

const kindOfField = (payload: Payload, field: WithChildren): null | ValueKind => {
  switch (field.type) {
    case 'date':
      return { kind: 'date' }
    case 'number':
      return { kind: 'number' }
    case 'checkbox':
      return { kind: 'boolean' }
    case 'point':
      return { kind: 'geo' }
    case 'relationship':
    case 'upload': {
      const targets = ([] as string[]).concat(field.relationTo ?? [])
      const types = new Set(targets.map((slug) => idTypeOf(payload, slug)))
      if (types.size !== 1) return null // targets of mixed id formats: leave the value to the adapter
      return { kind: 'relationship', idType: [...types][0]!, polymorphic: Array.isArray(field.relationTo) }
    }
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
    case 'select':
    case 'radio':
      return { kind: 'text' }
    default:
      return null // json, richText, join, blocks…: no value rule here
  }
}

/**
 * Resolves a `where` path (`title`, `period.end`, `products.type`, `department.name`,
 * `document.value`, `version.title`, `parent`) to the kind of value it compares with, or null when
 * the path is unknown or carries no rule (Payload itself refuses unknown paths with a 400).
 */
export const resolveWherePath = (payload: Payload, collection: SanitizedCollectionConfig, path: string): null | ValueKind => {
  const segments = path.split('.')
  if (segments.length === 1 && segments[0] === 'id') return { kind: 'id', idType: idTypeOf(payload, collection.slug) }
  if (collection.versions) {
    if (segments[0] === 'version' && segments.length > 1) return resolveWherePath(payload, collection, segments.slice(1).join('.'))
    if (segments.length === 1 && segments[0] === 'parent') return { kind: 'id', idType: idTypeOf(payload, collection.slug) }
    if (segments.length === 1 && ['latest', 'autosave', 'snapshot'].includes(segments[0]!)) return { kind: 'boolean' }
  }
  let fields: FlattenedField[] = collection.flattenedFields
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    if (/^\d+$/.test(segment)) continue // `products.0.type`
    const field = fields.find((candidate) => 'name' in candidate && candidate.name === segment) as undefined | WithChildren
    if (!field) return null
    const last = i === segments.length - 1
    if (last) return kindOfField(payload, field)
    if (field.type === 'relationship' || field.type === 'upload') {
      const next = segments[i + 1]
      if (Array.isArray(field.relationTo)) {
        if (next === 'relationTo' && i + 1 === segments.length - 1) return { kind: 'text' }
        if (next === 'value' && i + 1 === segments.length - 1) {
          const kind = kindOfField(payload, field)
          return kind?.kind === 'relationship' ? { ...kind, polymorphic: false } : null
        }
        return null
      }
      const target = collectionsOf(payload)[field.relationTo as string]?.config
      if (!target) return null
      return resolveWherePath(payload, target, segments.slice(i + 1).join('.'))
    }
    if (!field.flattenedFields) return null // json and the like: the rest is not a field path
    fields = field.flattenedFields
  }
  return null
}
