import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { Machine } from '../../features/workflow/tables.js'

import { canTransition } from './canTransition.js'
import { getSystemTransition, type PendingTransition } from './context.js'
import { transitionError } from './errors.js'

/** The user acting on a save (only `users` act in the workflow; API keys of other collections do not). */
export const actingUser = (req: PayloadRequest) => (req.user && req.user.collection === 'users' ? req.user : null)

type Input = {
  options: ResolvedOptions
  machine: Machine
  /** Collection slug and the field that carries the state (named in the 400). */
  collection: string
  field: string
  req: PayloadRequest
  from: string
  to: string
  /** The document as it will be after the change (guards read it). */
  doc: Record<string, unknown>
  id: number | string | undefined
  comment: null | string
  force?: boolean
}

/**
 * The one check both machines make before a state change: a system transition queued for this
 * document acts as the system, anyone else as the user; an illegal or forbidden move throws the
 * 400/403 naming from/to and what is allowed. Returns what the audit trail records.
 */
export const authorizeTransition = (input: Input): Pick<PendingTransition, 'actor' | 'comment' | 'details' | 'forced'> => {
  const { options, machine, collection, field, req, from, to, doc, id, comment, force } = input
  const system = getSystemTransition(req, collection, id)
  const result = canTransition({
    machine,
    from,
    to,
    user: system ? null : actingUser(req),
    system: Boolean(system),
    tables: { request: options.workflow.requestTransitions, content: options.workflow.contentTransitions },
    doc,
    comment: system?.comment ?? comment,
    force,
    req,
  })
  if (!result.ok) throw transitionError(collection, field, result, req)
  return {
    comment: system?.comment ?? comment,
    forced: Boolean(result.forced),
    actor: system ? system.actor : undefined,
    details: system?.details,
  }
}
