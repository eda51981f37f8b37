import type { Role } from '../../kernel/access/roles.js'
import type { ProductType } from '../../kernel/vocabulary.js'
import type { ContentStage, RequestStatus } from './states.js'

/** The two state machines of the workflow. */
export type Machine = 'content' | 'request'

/** What a guard sees: the acting user, the document as it will be, the comment and whether it is forced. */
export type GuardContext = {
  user: null | { id?: number | string; roles?: null | readonly string[]; department?: unknown }
  doc: Record<string, unknown>
  comment?: null | string
  force?: boolean
  /** The request (for messages in the caller's language); absent in pure checks. */
  req?: null | { t?: unknown; i18n?: { t?: unknown } }
}

/** A guard returns null when it passes, or the reason it refuses (in the caller's language when `req` is given). */
export type GuardFn = (ctx: GuardContext) => null | string

/** Built-in guards, named so tables stay plain data. */
export type GuardName = 'checklistComplete' | 'fourEyes' | 'ownDepartment' | 'ownRequest' | 'rated'

/**
 * One row of a transition table: from one of `from` to `to`, by any of `roles`, when every guard
 * passes. `requiresComment`: the update must carry `workflowComment`. `system`: automatic code may
 * apply it (the actor is the user whose action triggered it). `force`: an exceptional transition
 * (head's force-publish) asked for explicitly with `workflowForce: true`, always with a reason,
 * flagged in the trail for retrospective review.
 */
export type TransitionRule = {
  from: readonly string[]
  to: string
  roles: readonly Role[]
  guards?: ReadonlyArray<GuardFn | GuardName>
  requiresComment?: boolean
  system?: boolean
  force?: boolean
}

export type TransitionTables = { request: readonly TransitionRule[]; content: readonly TransitionRule[] }

const OFFICE: readonly Role[] = ['admin', 'head', 'editor', 'designer', 'producer', 'community']
const TRIAGE: readonly Role[] = ['admin', 'head']
const REVIEWERS: readonly Role[] = ['admin', 'head', 'editor']

/** Statuses of a request that is still being worked on (it may be cancelled). */
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = ['submitted', 'needs-info', 'accepted', 'in-production', 'in-review']

/** Request statuses whose SLA clock runs (a dueDate exists). */
export const SLA_RUNNING_STATUSES: readonly RequestStatus[] = ['accepted', 'in-production', 'in-review']

/** The request machine of DESIGN.md. */
export const defaultRequestTransitions = (): TransitionRule[] => [
  { from: ['submitted'], to: 'accepted', roles: TRIAGE },
  { from: ['submitted'], to: 'needs-info', roles: TRIAGE, requiresComment: true },
  { from: ['submitted'], to: 'rejected', roles: TRIAGE, requiresComment: true },
  { from: ['needs-info'], to: 'submitted', roles: ['requester'], guards: ['ownDepartment'], requiresComment: true },
  { from: ['needs-info'], to: 'submitted', roles: TRIAGE, requiresComment: true },
  // The status follows the work (src/workflow/delivery.ts): the system moves it as deliverables
  // appear, go to review and come back; office staff may also move it by hand.
  { from: ['accepted'], to: 'in-production', roles: OFFICE, system: true },
  { from: ['in-production'], to: 'in-review', roles: OFFICE, system: true },
  { from: ['in-review'], to: 'in-production', roles: REVIEWERS, system: true },
  // Delivered only when every requested product has a published deliverable or was waived
  // (checked by enforceRequestWorkflow for the head and the system alike).
  { from: ['in-review'], to: 'delivered', roles: TRIAGE, system: true },
  { from: ['accepted', 'in-production'], to: 'delivered', roles: [], system: true },
  { from: ['delivered'], to: 'closed', roles: ['requester'], guards: ['ownDepartment', 'rated'] },
  { from: ['delivered'], to: 'closed', roles: TRIAGE },
  { from: OPEN_REQUEST_STATUSES, to: 'cancelled', roles: TRIAGE },
  { from: OPEN_REQUEST_STATUSES, to: 'cancelled', roles: ['requester'], guards: ['ownRequest'] },
]

/** The content machine of DESIGN.md; publishing belongs to `publishRoles`. */
export const defaultContentTransitions = (publishRoles: readonly Role[] = ['head']): TransitionRule[] => [
  { from: ['draft'], to: 'in-review', roles: OFFICE },
  { from: ['in-review'], to: 'changes-requested', roles: REVIEWERS, requiresComment: true },
  { from: ['in-review'], to: 'approved', roles: REVIEWERS, guards: ['fourEyes'] },
  { from: ['changes-requested'], to: 'in-review', roles: OFFICE },
  // Beyond DESIGN.md: an approved piece can be sent back before it goes out.
  { from: ['approved'], to: 'changes-requested', roles: REVIEWERS, requiresComment: true },
  // Scheduled publishing (Payload's schedulePublish job) runs as the scheduling user, or as the system.
  { from: ['approved'], to: 'published', roles: publishRoles, system: true },
  { from: ['draft', 'in-review', 'changes-requested'], to: 'published', roles: publishRoles, force: true, requiresComment: true },
  { from: ['published'], to: 'unpublished', roles: publishRoles },
  // Beyond DESIGN.md: an unpublished piece goes back to the desk to be reworked.
  { from: ['unpublished'], to: 'draft', roles: OFFICE },
]

/** SLA per product type, in Colombian working days, counted from acceptance. */
export const DEFAULT_SLA: Record<ProductType, number> = {
  'press-release': 2,
  news: 2,
  'event-coverage': 1,
  'graphic-piece': 5,
  'audiovisual-piece': 10,
  'radio-spot': 5,
  'tv-note': 5,
  'social-post': 2,
  'intranet-post': 3,
  campaign: 15,
}

export type { ContentStage, RequestStatus }
