import type { FieldHook } from 'payload'

import { DERIVED } from './derivedFields.js'
import { recomputeAction } from './progress.js'
import { idOf } from '../../kernel/ids.js'

/**
 * Field hook on `planAction` of requests, contents and campaigns: after any change of the
 * evidence document (its status, stage or link), the derived progress of the action it points
 * to now, and of the one it pointed to before, is recomputed in the same transaction.
 */
export const recomputeLinkedAction: FieldHook = async ({ value, previousValue, originalDoc, previousDoc, req, context }) => {
  if (context?.[DERIVED]) return value
  const now = idOf(value)
  const before = idOf(previousValue ?? (previousDoc as Record<string, unknown> | undefined)?.planAction ?? (originalDoc as Record<string, unknown> | undefined)?.planAction)
  if (now !== null) await recomputeAction(req, now)
  if (before !== null && String(before) !== String(now)) await recomputeAction(req, before)
  return value
}
