import type { CollectionSlug, PayloadRequest } from 'payload'

import type { Role } from '../access/roles.js'

/** A state's label in both languages of the admin (one is shown, in the reader's language). */
export type StateLabel = { es: string; en: string }

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

/**
 * Guards named in a table: the engine's built-in ones (src/kernel/machine/guards.ts) or those the
 * machine brings (`guards` of its definition). An unknown name is refused when the machine is defined.
 */
export type GuardName = 'checklistComplete' | 'fourEyes' | 'ownDepartment' | 'ownRequest' | 'rated' | (string & {})

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
  /**
   * The button's name: a message key of the plugin (`actionApprove` → "Aprobar" / "Approve"),
   * so the admin names the action, not the target state. Without it the button reads "Pasar a «state»".
   */
  action?: string
}

/**
 * A state machine over one field of one collection. The engine turns it into the `beforeChange`
 * enforcement, the trail row of every applied transition and `GET /api/<collection>/:id/transitions`
 * (hooks/machine/, src/kernel/machine/transitionsEndpoint.ts).
 */
export type MachineDefinition = {
  /** Short name of the machine (`request`, `plan`, …): messages and tests use it. */
  name: string
  /** The collection whose documents move. */
  collection: CollectionSlug
  /** The field that holds the state (named in every refusal). */
  field: string
  /** Every state, in order, with its label. */
  states: Readonly<Record<string, StateLabel>>
  /** The state a new document starts in. */
  initial: string
  /** Roles per transition. */
  table: readonly TransitionRule[]
  /** Guards this machine's table names beyond the built-in ones. */
  guards?: Readonly<Record<string, GuardFn>>
  /**
   * Saves that system code makes on its own (a derived status): they act as the system, so only
   * `system` rules apply, and the trail's actor is the user whose action triggered them.
   */
  systemSave?: (req: Pick<PayloadRequest, 'context'>) => boolean
  /** Why the system moved a document (`details` of its trail row; `details.cause` is shown in the timeline). */
  systemDetails?: (doc: Record<string, unknown>) => Record<string, unknown> | undefined
  /** The department a document belongs to (its trail rows carry it: requesters read their department's). */
  department?: (doc: Record<string, unknown>) => unknown
}

/** A machine the engine accepted (`defineMachine`). */
export type StateMachine = Readonly<MachineDefinition>
