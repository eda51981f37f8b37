import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { idOf } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** A self-control check names an existing control of its risk; who checked is the signed-in user. */
export const guardControlCheck: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const riskId = idOf(data.risk)
  const risk = riskId === null
    ? null
    : await req.payload.findByID({ collection: SLUGS.risks, id: riskId, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!risk) throw invalidField('risk-control-checks', 'risk', tr(req, 'riskNotFound'), req)
  const controls = ((risk as { controls?: Array<{ id?: string }> }).controls ?? [])
  if (!controls.some((c) => String(c.id) === String(data.controlId))) {
    throw invalidField('risk-control-checks', 'controlId', tr(req, 'riskControlNotOfRisk'), req)
  }
  return { ...data, checkedBy: req.user?.id ?? data.checkedBy ?? null, checkedAt: data.checkedAt ?? new Date().toISOString() }
}
