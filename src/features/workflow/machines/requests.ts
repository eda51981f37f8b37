import type { ResolvedOptions } from '../../../types.js'

import type { Role } from '../../../kernel/access/roles.js'
import { OFFICE_ROLES } from '../../../kernel/access/roles.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { StateMachine, TransitionRule } from '../../../kernel/machine/types.js'
import { REQUEST_STATUS_LABELS, type RequestStatus } from '../states.js'
import { SLUGS } from '../../../kernel/slugs.js'

const TRIAGE: readonly Role[] = ['admin', 'head']
const REVIEWERS: readonly Role[] = ['admin', 'head', 'editor']

/** Statuses of a request that is still being worked on (it may be cancelled). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['submitted', 'needs-info', 'accepted', 'in-production', 'in-review']

/** Request statuses whose SLA clock runs (a dueDate exists). */
export const SLA_RUNNING_STATUSES: readonly RequestStatus[] = ['accepted', 'in-production', 'in-review']

/** The request machine of DESIGN.md (option `workflow.requestTransitions` replaces or edits it). */
export const defaultRequestTransitions = (): TransitionRule[] => [
  { from: ['submitted'], to: 'accepted', roles: TRIAGE, action: 'actionAcceptAndAssign' },
  { from: ['submitted'], to: 'needs-info', roles: TRIAGE, requiresComment: true, action: 'actionAskForInfo' },
  { from: ['submitted'], to: 'rejected', roles: TRIAGE, requiresComment: true, action: 'actionReject' },
  { from: ['needs-info'], to: 'submitted', roles: ['requester'], guards: ['ownDepartment'], requiresComment: true, action: 'actionAnswerInfo' },
  { from: ['needs-info'], to: 'submitted', roles: TRIAGE, requiresComment: true, action: 'actionAnswerInfo' },
  // The status follows the work (src/features/workflow/delivery.ts): the system moves it as
  // deliverables appear, go to review and come back; office staff may also move it by hand.
  { from: ['accepted'], to: 'in-production', roles: OFFICE_ROLES, system: true, action: 'actionStartProduction' },
  { from: ['in-production'], to: 'in-review', roles: OFFICE_ROLES, system: true, action: 'actionSubmitForReview' },
  { from: ['in-review'], to: 'in-production', roles: REVIEWERS, system: true, action: 'actionBackToProduction' },
  // Delivered only when every requested product has a published deliverable or was waived
  // (checked by enforceRequestWorkflow for the head and the system alike).
  { from: ['in-review'], to: 'delivered', roles: TRIAGE, system: true, action: 'actionDeliver' },
  { from: ['accepted', 'in-production'], to: 'delivered', roles: [], system: true },
  { from: ['delivered'], to: 'closed', roles: ['requester'], guards: ['ownDepartment', 'rated'], action: 'actionClose' },
  { from: ['delivered'], to: 'closed', roles: TRIAGE, action: 'actionClose' },
  { from: OPEN_REQUEST_STATUSES, to: 'cancelled', roles: TRIAGE, action: 'actionCancel' },
  { from: OPEN_REQUEST_STATUSES, to: 'cancelled', roles: ['requester'], guards: ['ownRequest'], action: 'actionCancel' },
]

const built = new WeakMap<object, StateMachine>()

/**
 * The request machine the plugin runs: `communication-requests.status`, with the table of the
 * options. Its special behaviours (code, SLA, delivery by product, waivers, rating) live in
 * `enforceRequestWorkflow` / `afterRequestChange`, which use the engine for the move itself.
 */
export const requestMachine = (options: Pick<ResolvedOptions, 'workflow'>): StateMachine => {
  const cached = built.get(options.workflow)
  if (cached) return cached
  const machine = defineMachine({
    name: 'request',
    collection: SLUGS.communicationRequests,
    field: 'status',
    states: REQUEST_STATUS_LABELS,
    initial: 'submitted',
    table: options.workflow.requestTransitions,
  })
  built.set(options.workflow, machine)
  return machine
}
