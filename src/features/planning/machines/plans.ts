import type { Role } from '../../../kernel/access/roles.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { TransitionRule } from '../../../kernel/machine/types.js'
import { SLUGS } from '../../../kernel/slugs.js'

/** The states of a communication plan. */
export const PLAN_STATES = {
  draft: { es: 'Borrador', en: 'Draft' },
  approved: { es: 'Aprobado', en: 'Approved' },
  'in-execution': { es: 'En ejecución', en: 'In execution' },
  closed: { es: 'Cerrado', en: 'Closed' },
} as const

const MANAGERS: readonly Role[] = ['admin', 'head']

/** Draft → approved (the head only: approval is stamped) → in execution → closed; an approved plan may go back to draft. */
export const PLAN_TRANSITIONS: readonly TransitionRule[] = [
  { from: ['draft'], to: 'approved', roles: ['head'] },
  { from: ['approved'], to: 'in-execution', roles: MANAGERS },
  { from: ['approved'], to: 'draft', roles: MANAGERS },
  { from: ['in-execution'], to: 'closed', roles: MANAGERS },
]

/** `communication-plans.status`. The approval stamp is guardPlan's (src/features/planning/collections/CommunicationPlans/hooks). */
export const planMachine = defineMachine({
  name: 'plan',
  collection: SLUGS.communicationPlans,
  field: 'status',
  states: PLAN_STATES,
  initial: 'draft',
  table: PLAN_TRANSITIONS,
})
