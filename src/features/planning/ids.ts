/** The id of a relationship value, whether it is populated or not (adapter-neutral: number or string). */
export const idOf = (value: unknown): null | number | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return ((value as { id?: number | string }).id ?? null) as null | number | string
  return value as number | string
}

/** Same id whatever its type (SQLite numbers, MongoDB strings, ids read back from text columns). */
export const sameId = (a: unknown, b: unknown): boolean => {
  const x = idOf(a)
  const y = idOf(b)
  return x !== null && y !== null && String(x) === String(y)
}

/** Context flag set by system code when it writes derived fields (progress, budgets, checks). */
export const DERIVED = 'pregoneroDerived'

/** Removes `fields` from `data` unless system code is writing derived values (then they pass). */
export const keepDerived = (
  data: Record<string, unknown>,
  fields: readonly string[],
  context: Record<string, unknown>,
  originalDoc?: Record<string, unknown> | null,
): Record<string, unknown> => {
  if (context[DERIVED]) return data
  const next = { ...data }
  for (const field of fields) {
    if (originalDoc && field in originalDoc) next[field] = originalDoc[field]
    else delete next[field]
  }
  return next
}
