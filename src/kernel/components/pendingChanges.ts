/** Keys a workflow button never sends from the form: the server owns them (or the panel sends its own). */
const NEVER_SENT = new Set(['id', '_status', 'createdAt', 'updatedAt', 'workflowComment', 'workflowForce'])

type FieldStateLike = { value?: unknown; initialValue?: unknown; passesCondition?: boolean }

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  // An empty value the form filled in is not a change.
  const empty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)
  if (empty(a) && empty(b)) return true
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The form's pending changes, as update data: every top-level field one of whose paths differs
 * from the value it was loaded with, taken whole from the form's data (a group, an array or a
 * rich text goes as one value). `exclude` names fields the caller sets itself (the machine's state).
 */
export const pendingChanges = (
  fields: Record<string, FieldStateLike | undefined>,
  data: Record<string, unknown>,
  exclude: readonly string[] = [],
): Record<string, unknown> => {
  const skip = new Set([...NEVER_SENT, ...exclude])
  const changed = new Set<string>()
  for (const [path, state] of Object.entries(fields)) {
    if (!state) continue
    const top = path.split('.')[0]!
    if (skip.has(top) || changed.has(top)) continue
    if (!same(state.value, state.initialValue)) changed.add(top)
  }
  const out: Record<string, unknown> = {}
  for (const key of changed) if (key in data) out[key] = data[key]
  return out
}
