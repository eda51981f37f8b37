import type { PayloadRequest, Where } from 'payload'

import { openAlertKey } from './alertKey.js'
import { renderAlertMessage, type AlertMessage } from './message.js'
import { SLUGS } from '../slugs.js'
import { readOnPrimaryIfReplicas } from '../sql/readOnPrimary.js'

/**
 * Self-resolution: closes the open (or acknowledged) alerts of `kind` whose subject is no
 * longer deviating, with a note saying why. `stillFailing` lists the subjects that remain
 * in deviation; everything else of that kind is resolved. Returns how many were resolved.
 */
export const resolveAlerts = async (
  req: PayloadRequest,
  {
    kind,
    note,
    stillFailing,
  }: { kind: string; note: AlertMessage; stillFailing: Array<{ collection: string; id: number | string } | null> },
): Promise<number> => {
  const keep = new Set(stillFailing.map((subject) => openAlertKey(kind, subject)))
  const where: Where = { and: [{ kind: { equals: kind } }, { status: { not_equals: 'resolved' } }] }
  // Open alerts of one kind are few (one per deviating subject): read them in one query, on the
  // primary (read replicas): a lagging replica would list as open an alert already resolved.
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.alerts,
      where,
      pagination: false,
      depth: 0,
      select: { openKey: true },
      req,
      overrideAccess: true,
    }),
  )
  let resolved = 0
  for (const doc of docs as unknown as Array<{ id: number | string; openKey: string }>) {
    if (keep.has(doc.openKey)) continue
    await req.payload.update({
      collection: SLUGS.alerts,
      id: doc.id,
      data: { status: 'resolved', resolutionNote: renderAlertMessage(null, note), resolutionNoteKey: note.key, resolutionNoteVars: note.vars ?? null },
      req,
      overrideAccess: true,
    })
    resolved++
  }
  return resolved
}
