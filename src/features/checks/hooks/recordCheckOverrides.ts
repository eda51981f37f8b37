import type { FieldHook } from 'payload'

import { recordWorkflowEvent } from '../../../kernel/machine/recordEvent.js'
import { contentDepartment } from '../../workflow/collections/Contents/hooks/afterContentChange.js'
import { idOf } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'

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
 * (`workflow-events`) in the same transaction, as a row of kind `override` (not a transition):
 * from `check:<name>:fail` to `check:<name>:overridden`, with the head's reason as the comment.
 */
export const auditCheckOverrides: FieldHook = async ({ value, previousValue, originalDoc, data, req }) => {
  const previous = new Set(((Array.isArray(previousValue) ? previousValue : []) as Row[]).map((row) => row.id))
  const doc = { ...((originalDoc ?? {}) as Record<string, unknown>), ...((data ?? {}) as Record<string, unknown>) }
  const documentId = (originalDoc as { id?: unknown } | undefined)?.id ?? (data as { id?: unknown } | undefined)?.id
  const added = ((Array.isArray(value) ? value : []) as Row[]).filter((row) => !previous.has(row.id))
  if (!added.length || documentId === undefined) return value
  const department = await contentDepartment(req, doc)
  for (const row of added) {
    await recordWorkflowEvent(req, {
      collection: SLUGS.contents,
      document: documentId as number | string,
      from: `check:${row.check}:fail`,
      to: `check:${row.check}:overridden`,
      actor: idOf(row.by) ?? req.user?.id ?? null,
      comment: row.reason,
      department,
      kind: 'override',
      details: { check: row.check },
      at: row.at ?? new Date().toISOString(),
    })
  }
  return value
}
