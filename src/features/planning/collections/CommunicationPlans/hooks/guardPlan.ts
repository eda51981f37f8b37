import type { CollectionBeforeChangeHook } from 'payload'

import { keepDerived } from '../../../derivedFields.js'

/** Derived fields of a plan: written only by system code (src/features/planning/progress.ts). */
export const PLAN_DERIVED = ['progress', 'actionCount', 'budgetTotals', 'approval'] as const

/**
 * Derived fields (progress, budget totals, the approval stamp) cannot be typed in; approving
 * stamps who approved and when, sending back to draft clears it. The move itself is the plan
 * machine's (src/features/planning/machines/plans.ts: only the head approves), judged after this hook.
 */
export const guardPlan: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, PLAN_DERIVED, context, originalDoc) as typeof data
  const from = operation === 'create' ? 'draft' : originalDoc?.status
  const to = next.status ?? from
  if (to === 'approved' && from !== 'approved') {
    next.approval = { approvedBy: req.user?.id ?? null, approvedAt: new Date().toISOString() }
  }
  if (to === 'draft' && from === 'approved') next.approval = { approvedBy: null, approvedAt: null }
  return next
}
