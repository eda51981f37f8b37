import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden } from '../../../../../kernel/errors.js'
import { keepDerived } from '../../../ids.js'
import { assertTransition } from '../../../transitions.js'

export const PLAN_TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['approved'],
  approved: ['in-execution', 'draft'],
  'in-execution': ['closed'],
  closed: [],
}

/** Derived fields of a plan: written only by system code (src/planning/progress.ts). */
export const PLAN_DERIVED = ['progress', 'actionCount', 'budgetTotals', 'approval'] as const

/**
 * Plan status machine (draft → approved → in execution → closed). Approval is the head's: it
 * stamps who approved and when. Derived fields (progress, budget totals) cannot be typed in.
 */
export const guardPlan: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, PLAN_DERIVED, context, originalDoc) as typeof data
  const from = operation === 'create' ? 'draft' : originalDoc?.status
  const to = next.status ?? from
  if (operation === 'create' && to !== 'draft' && !context.skipWorkflow) {
    assertTransition('communication-plans', 'status', 'draft', to, { draft: [] }, req)
  }
  if (operation === 'update') assertTransition('communication-plans', 'status', from, to, PLAN_TRANSITIONS, req)
  if (to === 'approved' && from !== 'approved') {
    if (req.user && !hasRole(req.user, 'head')) {
      throw forbidden('status: solo el jefe de la oficina aprueba el plan / only the head of the office approves a plan')
    }
    next.approval = { approvedBy: req.user?.id ?? null, approvedAt: new Date().toISOString() }
  }
  if (to === 'draft' && from === 'approved') next.approval = { approvedBy: null, approvedAt: null }
  return next
}
