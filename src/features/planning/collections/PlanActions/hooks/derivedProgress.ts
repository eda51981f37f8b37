import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { DERIVED, keepDerived } from '../../../derivedFields.js'
import { idOf } from '../../../../../kernel/ids.js'
import { recomputeAction, recomputePlan } from '../../../progress.js'

export const ACTION_DERIVED = ['progress', 'status', 'evidenceDone', 'evidenceTotal'] as const

/** Progress and status are never typed in; dates must be in order. */
export const guardAction: CollectionBeforeChangeHook = ({ data, originalDoc, context, req }) => {
  const next = keepDerived(data, ACTION_DERIVED, context, originalDoc)
  const start = next.start ?? originalDoc?.start
  const end = next.end ?? originalDoc?.end
  if (start && end && new Date(String(end)) < new Date(String(start))) {
    throw invalidField('plan-actions', 'end', tr(req, 'planActionEndBeforeStart'), req)
  }
  return next
}

/** After a person changes an action (target, plan), its derived progress and its plan are recomputed. */
export const recomputeAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, context, req }) => {
  if (context[DERIVED]) return doc
  await recomputeAction(req, doc.id)
  const before = idOf(previousDoc?.plan)
  if (before !== null && String(before) !== String(idOf(doc.plan))) await recomputePlan(req, before)
  return doc
}

/** A deleted action leaves its plan's progress and budget totals. */
export const recomputeAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputePlan(req, idOf(doc.plan))
  return doc
}
