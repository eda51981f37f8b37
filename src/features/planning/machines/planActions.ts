import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { TransitionRule } from '../../../kernel/machine/types.js'
import { DERIVED } from '../derivedFields.js'
import { SLUGS } from '../../../kernel/slugs.js'

/** The states of a plan action, derived from its progress (src/features/planning/progress.ts). */
export const PLAN_ACTION_STATES = {
  pending: { es: 'Sin iniciar', en: 'Pending' },
  'in-progress': { es: 'En curso', en: 'In progress' },
  completed: { es: 'Cumplida', en: 'Completed' },
} as const

/**
 * The status follows the action's evidence, both ways (evidence may be unlinked or the target
 * raised): only the system moves it, as its progress is recomputed; nobody types it.
 */
export const PLAN_ACTION_TRANSITIONS: readonly TransitionRule[] = [
  { from: ['pending'], to: 'in-progress', roles: [], system: true },
  { from: ['pending', 'in-progress'], to: 'completed', roles: [], system: true },
  { from: ['in-progress', 'completed'], to: 'pending', roles: [], system: true },
  { from: ['completed'], to: 'in-progress', roles: [], system: true },
]

/** `plan-actions.status`: the recomputation of progress (context DERIVED) is the system's save. */
export const planActionMachine = defineMachine({
  name: 'plan-action',
  collection: SLUGS.planActions,
  field: 'status',
  states: PLAN_ACTION_STATES,
  initial: 'pending',
  table: PLAN_ACTION_TRANSITIONS,
  systemSave: (req) => req.context?.[DERIVED] === true,
  systemDetails: (doc) => ({ cause: 'evidence', progress: doc.progress ?? null }),
})
