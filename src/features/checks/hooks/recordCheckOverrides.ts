import type { FieldHook } from 'payload'

type Row = { id?: string; check?: string; reason?: string; by?: unknown; at?: string }

/**
 * beforeChange of `contents.checkOverrides`: the list is append-only. Earlier overrides are kept as
 * they were (edits and removals are ignored); new ones are stamped with who and when.
 */
export const stampCheckOverrides: FieldHook = ({ value, previousValue, req }) => {
  const previous = (Array.isArray(previousValue) ? previousValue : []) as Row[]
  const known = new Set(previous.map((row) => row.id).filter(Boolean))
  const incoming = (Array.isArray(value) ? value : []) as Row[]
  const added = incoming
    .filter((row) => !row.id || !known.has(row.id))
    .map((row) => ({ ...row, by: req.user?.id ?? null, at: new Date().toISOString() }))
  return [...previous, ...added]
}

/**
 * afterChange of `contents.checkOverrides`: each new override is written to the audit trail
 * (`workflow-events`) in the same transaction: from `check:<name>:fail` to `check:<name>:overridden`,
 * with the head's reason as the comment.
 */
export const auditCheckOverrides: FieldHook = async ({ value, previousValue, originalDoc, data, req }) => {
  const previous = new Set(((Array.isArray(previousValue) ? previousValue : []) as Row[]).map((row) => row.id))
  const documentId = (originalDoc as { id?: unknown } | undefined)?.id ?? (data as { id?: unknown } | undefined)?.id
  for (const row of (Array.isArray(value) ? value : []) as Row[]) {
    if (previous.has(row.id) || documentId === undefined) continue
    await req.payload.create({
      collection: 'workflow-events' as never,
      data: {
        collection: 'contents',
        document: String(documentId),
        from: `check:${row.check}:fail`,
        to: `check:${row.check}:overridden`,
        actor: req.user?.id,
        comment: row.reason,
        at: row.at ?? new Date().toISOString(),
      } as never,
      req,
      overrideAccess: true,
    })
  }
  return value
}
