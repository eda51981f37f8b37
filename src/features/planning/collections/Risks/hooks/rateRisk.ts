import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { DERIVED, keepDerived } from '../../../derivedFields.js'
import { idOf } from '../../../../../kernel/ids.js'
import { ratingOf } from '../../../risk.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** Inherent and residual ratings are derived from likelihood × impact; controls start their clock. */
export const rateRisk: CollectionBeforeChangeHook = ({ data, originalDoc, context, req }) => {
  const next = keepDerived(data, ['improvementAction', 'materialisedAt'], context, originalDoc)
  for (const key of ['inherent', 'residual'] as const) {
    const group = { ...(originalDoc?.[key] ?? {}), ...(next[key] ?? {}) }
    next[key] = { ...group, ...ratingOf(group.likelihood, group.impact) }
  }
  const residual = next.residual as { score?: null | number }
  const inherent = next.inherent as { score?: null | number }
  if (residual.score && inherent.score && residual.score > inherent.score) {
    throw invalidField('risks', 'residual', tr(req, 'riskResidualAboveInherent'), req)
  }
  if (Array.isArray(next.controls)) {
    next.controls = next.controls.map((c: Record<string, unknown>) => ({ ...c, since: c.since ?? new Date().toISOString() }))
  }
  const status = next.status ?? originalDoc?.status
  if (status === 'materialised' && originalDoc?.status !== 'materialised') {
    if (!String(next.materialisationNote ?? originalDoc?.materialisationNote ?? '').trim()) {
      throw invalidField('risks', 'materialisationNote', tr(req, 'riskMaterialisationNote'), req)
    }
    next.materialisedAt = new Date().toISOString()
  }
  return next
}

/** A materialised risk opens a corrective improvement action (once) and links it. */
export const openActionWhenMaterialised =
  (options: ResolvedOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (context[DERIVED] || doc.status !== 'materialised' || previousDoc?.status === 'materialised' || doc.improvementAction) return doc
    const firstOwner = (doc.controls ?? []).map((c: Record<string, unknown>) => idOf(c.owner)).find((id: unknown) => id !== null)
    const responsible = idOf(doc.owner) ?? firstOwner
    const action = await req.payload.create({
      collection: SLUGS.improvementActions,
      data: {
        title: `Riesgo materializado: ${doc.title}`,
        type: 'corrective',
        origin: 'risk',
        originRisk: doc.id,
        rootCause: [doc.cause, doc.materialisationNote].filter(Boolean).join('\n\n'),
        responsible,
        dueDate: new Date(Date.now() + options.planning.improvementActionDays * 86_400_000).toISOString(),
        status: 'open',
      },
      req,
      overrideAccess: true,
      context: { [DERIVED]: true },
    })
    return req.payload.update({
      collection: SLUGS.risks,
      id: doc.id,
      data: { improvementAction: (action as { id: number | string }).id } as never,
      req,
      overrideAccess: true,
      context: { [DERIVED]: true },
    })
  }
