import type { Endpoint, PayloadRequest } from 'payload'

import type { StateMachine } from './types.js'

import { tr, type MessageKey } from '../i18n/index.js'

import { actingUser } from './authorizeTransition.js'
import { allowedTransitions } from './canTransition.js'

/**
 * `GET /api/<collection>/:id/transitions`: the transitions the signed-in user may make now on
 * this document (what the admin's transition buttons show), with whether each needs a comment
 * and whether it is a forced one, and the states' labels. The document is read with the user's
 * access (a document they may not read is a 404, as everywhere).
 */
export const transitionsEndpoint = (machine: StateMachine): Endpoint => ({
  path: '/:id/transitions',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    const user = actingUser(req)
    if (!user) return Response.json({ errors: [{ message: tr(req, 'unauthorized') }] }, { status: 401 })
    const id = String(req.routeParams?.id ?? '')
    let doc: Record<string, unknown>
    try {
      doc = (await req.payload.findByID({ collection: machine.collection, id, depth: 0, req, overrideAccess: false, user })) as unknown as Record<string, unknown>
    } catch (error) {
      const status = (error as { status?: number }).status ?? 404
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
    }
    const from = String(doc[machine.field] ?? '')
    const label = (state: string) => machine.states[state] ?? { es: state, en: state }
    const lang = req.i18n?.language === 'en' ? 'en' : 'es'
    // The button names the action (the rule's `action` message), in the caller's language.
    const actionLabel = (entry: { to: string; action?: string }) =>
      entry.action ? tr(req, entry.action as MessageKey) : tr(req, 'actionMoveTo', { state: label(entry.to)[lang] })
    const allowed = allowedTransitions({ machine, from, user, doc, req }).map((entry) => ({ ...entry, label: label(entry.to), actionLabel: actionLabel(entry) }))
    return Response.json({ field: machine.field, from, fromLabel: machine.states[from] ?? null, allowed })
  },
})
