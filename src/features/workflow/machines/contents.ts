import type { ResolvedOptions } from '../../../types.js'

import type { Role } from '../../../kernel/access/roles.js'
import { OFFICE_ROLES } from '../../../kernel/access/roles.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { StateMachine, TransitionRule } from '../../../kernel/machine/types.js'
import { CONTENT_STAGE_LABELS } from '../states.js'
import { SLUGS } from '../../../kernel/slugs.js'

const REVIEWERS: readonly Role[] = ['admin', 'head', 'editor']

/** The content machine of DESIGN.md; publishing belongs to `publishRoles` (option `workflow.contentTransitions` replaces or edits it). */
export const defaultContentTransitions = (publishRoles: readonly Role[] = ['head']): TransitionRule[] => [
  { from: ['draft'], to: 'in-review', roles: OFFICE_ROLES, action: 'actionSubmitForReview' },
  { from: ['in-review'], to: 'changes-requested', roles: REVIEWERS, requiresComment: true, action: 'actionRequestChanges' },
  { from: ['in-review'], to: 'approved', roles: REVIEWERS, guards: ['fourEyes'], action: 'actionApprove' },
  { from: ['changes-requested'], to: 'in-review', roles: OFFICE_ROLES, action: 'actionResubmit' },
  // Beyond DESIGN.md: an approved piece can be sent back before it goes out.
  { from: ['approved'], to: 'changes-requested', roles: REVIEWERS, requiresComment: true, action: 'actionRequestChanges' },
  // Scheduled publishing (the workflow's scheduler) runs as the scheduling user, or as the system.
  { from: ['approved'], to: 'published', roles: publishRoles, system: true, action: 'actionPublish' },
  { from: ['draft', 'in-review', 'changes-requested'], to: 'published', roles: publishRoles, force: true, requiresComment: true, action: 'actionForcePublish' },
  { from: ['published'], to: 'unpublished', roles: publishRoles, action: 'actionUnpublish' },
  // Beyond DESIGN.md: an unpublished piece goes back to the desk to be reworked.
  { from: ['unpublished'], to: 'draft', roles: OFFICE_ROLES, action: 'actionBackToDraft' },
]

const built = new WeakMap<object, StateMachine>()

/**
 * The content machine the plugin runs: `contents.stage`, with the table of the options. Its
 * special behaviours (`_status` follows the stage, republication, four-eyes over
 * `editedSinceApproval`, approval gates, scheduling) live in `enforceContentWorkflow` /
 * `afterContentChange` and src/features/workflow/scheduling/, which use the engine for the move itself.
 */
export const contentMachine = (options: Pick<ResolvedOptions, 'workflow'>): StateMachine => {
  const cached = built.get(options.workflow)
  if (cached) return cached
  const machine = defineMachine({
    name: 'content',
    collection: SLUGS.contents,
    field: 'stage',
    states: CONTENT_STAGE_LABELS,
    initial: 'draft',
    table: options.workflow.contentTransitions,
  })
  built.set(options.workflow, machine)
  return machine
}
