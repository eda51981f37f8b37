import type { CollectionBeforeChangeHook } from 'payload'

import type { StateMachine } from '../../src/kernel/machine/types.js'

import { tr } from '../../src/kernel/i18n/index.js'
import { authorizeTransition } from '../../src/kernel/machine/authorizeTransition.js'
import { holdState } from '../../src/kernel/machine/holdState.js'
import { stateLabel } from '../../src/kernel/machine/canTransition.js'
import { commentOf } from '../../src/kernel/machine/compare.js'
import { setPending, skipsWorkflow, takePending } from '../../src/kernel/machine/context.js'
import { workflowError } from '../../src/kernel/machine/errors.js'

/**
 * The machine's enforcement on every save (Local API, REST, GraphQL, admin): a new document starts
 * in the initial state; a change of the state field must be a transition of the table for the
 * user's role, with its guards and comment (`workflowComment`), else the 400/403 naming from/to
 * and what is allowed, and nothing is written. Put it last in `beforeChange`: it judges the data
 * the collection's own hooks settled. The trail row is written by `recordTransition`.
 */
export const enforceTransition =
  (machine: StateMachine): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const { collection, field, initial } = machine
    // What an earlier, failed save of this document left undecided never reaches the trail.
    takePending(req, collection, [operation === 'create' ? null : originalDoc?.id])
    const comment = commentOf(data, collection, req)
    const force = data.workflowForce === true
    delete data.workflowComment
    delete data.workflowForce
    // Seeds, fixtures and generators (system code only: `context` is never set over HTTP).
    if (skipsWorkflow(req)) return data

    if (operation === 'create') {
      const to = String(data[field] ?? initial)
      if (to !== initial) throw workflowError(collection, field, tr(req, 'machineInitial', { initial: stateLabel(machine, initial, req), to: stateLabel(machine, to, req) }), req)
      data[field] = initial
      setPending(req, collection, null, { kind: 'created', from: null, to: initial, comment, forced: false })
      return data
    }

    const from = String(originalDoc?.[field] ?? initial)
    const to = String(data[field] ?? from)
    if (to === from) {
      // A comment without a transition is kept in the trail too.
      if (comment) setPending(req, collection, originalDoc?.id, { kind: 'comment', from, to: from, comment, forced: false })
      return data
    }
    const decided = authorizeTransition({ machine, req, from, to, doc: { ...originalDoc, ...data }, id: originalDoc?.id, comment, force })
    // One transition at a time per document, whichever instance serves it (a racing one gets 409).
    if (originalDoc?.id !== undefined) await holdState(req, collection as never, originalDoc.id, field, from)
    setPending(req, collection, originalDoc?.id, { kind: 'transition', from, to, ...decided })
    return data
  }
