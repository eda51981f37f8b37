
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
