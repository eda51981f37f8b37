import type { CollectionAfterChangeHook } from 'payload'

import type { StateMachine } from '../../src/kernel/machine/types.js'

import { takePending } from '../../src/kernel/machine/context.js'
import { recordWorkflowEvent } from '../../src/kernel/machine/recordEvent.js'
import { failIfAsked } from '../../src/kernel/machine/testFailure.js'
import { idOf } from '../../src/kernel/ids.js'

/**
 * The trail row of what `enforceTransition` decided (a creation, an applied transition, a comment):
 * collection, document, from, to, actor, comment, at and kind, written with `req` in the
 * transaction of the change — when the change fails later, the row goes with it.
 */
export const recordTransition =
  (machine: StateMachine): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const pending = takePending(req, machine.collection, operation === 'create' ? [null] : [doc.id])
    if (!pending) return doc
    await recordWorkflowEvent(req, {
      collection: machine.collection,
      document: doc.id,
      from: pending.from,
      to: pending.to,
      actor: pending.actor,
      comment: pending.comment,
      department: idOf(machine.department?.(doc)),
      kind: pending.kind,
      forced: pending.forced,
      details: pending.details,
    })
    failIfAsked(req, 'after-event')
    return doc
  }
