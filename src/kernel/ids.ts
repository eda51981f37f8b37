/** A document id as the adapters give it: numbers on SQLite and PostgreSQL, strings on MongoDB. */
export type Id = number | string

/**
 * The id of a relationship value, whatever shape it arrives in: an id, a populated document, or a
 * polymorphic `{ relationTo, value }` (its `value` is the id or the document). Empty values and
 * anything else give null.
 */
export const idOf = (value: unknown): Id | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const v = value as { id?: unknown; relationTo?: unknown; value?: unknown }
    // Only a polymorphic relationship is read by `value`: a document may have a field named so.
    return idOf(typeof v.relationTo === 'string' ? v.value : v.id)
  }
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The ids of a hasMany relationship (or of one value), empty ones left out. */
export const idsOf = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(idOf).filter((id): id is Id => id !== null)

/** Same id whatever its type (SQLite numbers, MongoDB strings, ids read back from text columns). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}

/** Same set of ids, in any order. */
export const sameIds = (a: unknown, b: unknown): boolean => {
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(idOf(x))).sort() : [])
  return JSON.stringify(list(a)) === JSON.stringify(list(b))
}
