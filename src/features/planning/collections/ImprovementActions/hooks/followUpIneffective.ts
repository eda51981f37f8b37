import type { CollectionAfterChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { DERIVED } from '../../../derivedFields.js'
import { idOf } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** An action found not effective opens a new corrective action on the same origin (the cycle goes on). */
export const followUpIneffective =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (doc.status !== 'not-effective' || previousDoc?.status === 'not-effective') return doc
    await req.payload.create({
      collection: SLUGS.improvementActions,
      data: {
        title: `Reformulación: ${doc.title}`,
        type: 'corrective',
        origin: doc.origin,
        originAlerts: (doc.originAlerts ?? []).map(idOf),
        originRisk: idOf(doc.originRisk),
        previousAction: doc.id,
        rootCause: doc.rootCause,
        responsible: idOf(doc.responsible),
        dueDate: new Date(Date.now() + options.planning.improvementActionDays * 86_400_000).toISOString(),
        status: 'open',
      } as never,
      req,
      overrideAccess: true,
      context: { [DERIVED]: true },
    })
    return doc
  }
