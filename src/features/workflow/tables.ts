import type { TransitionRule } from '../../kernel/machine/types.js'
import type { ProductType } from '../../kernel/vocabulary.js'
import type { ContentStage, RequestStatus } from './states.js'

/**
 * The workflow's two transition tables (each in its machine file, src/features/workflow/machines/)
 * and its SLA. The engine's types live in src/kernel/machine/types.ts.
 */
export type { GuardContext, GuardFn, GuardName, TransitionRule } from '../../kernel/machine/types.js'
export { defaultRequestTransitions, OPEN_REQUEST_STATUSES, SLA_RUNNING_STATUSES } from './machines/requests.js'
export { defaultContentTransitions } from './machines/contents.js'

/** Both tables by machine name (what `canTransition({ machine: 'request', tables })` reads). */
export type TransitionTables = { request: readonly TransitionRule[]; content: readonly TransitionRule[] }

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
