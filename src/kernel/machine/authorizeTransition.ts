import type { PayloadRequest } from 'payload'

import type { StateMachine } from './types.js'

import { canTransition } from './canTransition.js'
import { getSystemTransition, type PendingTransition } from './context.js'
import { transitionError } from './errors.js'
import { SLUGS } from '../slugs.js'

/** The user acting on a save (only `users` act in the machines; API keys of other collections do not). */
export const actingUser = (req: PayloadRequest) => (req.user && req.user.collection === SLUGS.users ? req.user : null)

type Input = {
  machine: StateMachine
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
 * The one check every machine makes before a state change: a system transition queued for this
 * document (or a save the machine counts as the system's) acts as the system, anyone else as the
 * user; an illegal or forbidden move throws the 400/403 naming from/to and what is allowed, in the
 * caller's language. Returns what the audit trail records.
 */
export const authorizeTransition = (input: Input): Pick<PendingTransition, 'actor' | 'comment' | 'details' | 'forced'> => {
  const { machine, req, from, to, doc, id, comment, force } = input
  const queued = getSystemTransition(req, machine.collection, id)
  const system = Boolean(queued) || Boolean(machine.systemSave?.(req))
  const result = canTransition({
    machine,
    from,
    to,
    user: system ? null : actingUser(req),
    system,
    doc,
    comment: queued?.comment ?? comment,
    force,
    req,
  })
  if (!result.ok) throw transitionError(machine.collection, machine.field, result, req)
  const details = queued ? queued.details : system ? machine.systemDetails?.(doc) : undefined
  return {
    comment: queued?.comment ?? comment,
    forced: Boolean(result.forced),
    // A queued transition names its actor; a system save is credited to whoever triggered it.
    actor: queued ? queued.actor : undefined,
    details,
  }
}
