import type { PayloadRequest } from 'payload'

import type { WorkflowEventKind } from './eventKinds.js'
import { idOf } from '../ids.js'
import { SLUGS } from '../slugs.js'

export type WorkflowEventInput = {
  collection: string
  document: number | string
  from?: null | string
  to: string
  /** The user who acted; defaults to `req.user` (null for the system). */
  actor?: null | number | string
  comment?: null | string
  /** The department the document belongs to (requesters read their department's trail). */
  department?: null | number | string
  /** What the row records (src/kernel/machine/eventKinds.ts); `transition` by default. */
  kind?: WorkflowEventKind
  /** A forced transition (head's force-publish), to be reviewed afterwards. */
  forced?: boolean
  details?: Record<string, unknown>
  at?: Date | string
}

/**
 * Writes one row of the audit trail in the caller's transaction (pass the `req` of the change:
 * when the change fails, the row goes with it). The trail accepts rows only from system code.
 */
export const recordWorkflowEvent = async (
  req: PayloadRequest,
  input: WorkflowEventInput,
): Promise<{ id: number | string }> => {
  const actor =
    input.actor !== undefined ? idOf(input.actor) : req.user && req.user.collection === SLUGS.users ? req.user.id : null
  const doc = await req.payload.create({
    collection: SLUGS.workflowEvents,
    data: {
      collection: input.collection,
      document: String(input.document),
      from: input.from ?? null,
      to: input.to,
      actor,
      comment: input.comment?.trim() || null,
      department: idOf(input.department),
      kind: input.kind ?? 'transition',
      forced: Boolean(input.forced),
      details: input.details ?? null,
      at: new Date(input.at ?? Date.now()).toISOString(),
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
    context: { pregoneroTrailWrite: true },
  })
  return { id: (doc as { id: number | string }).id }
}
