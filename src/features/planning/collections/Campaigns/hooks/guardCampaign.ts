import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

/**
 * Commitments belong to accountability campaigns only; a fulfilled commitment is stamped; the
 * period ends after it starts. The status is the campaign machine's
 * (src/features/planning/machines/campaigns.ts: evaluating needs the results), judged after this hook.
 */
export const guardCampaign: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const commitments = (data.commitments ?? originalDoc?.commitments ?? []) as Array<Record<string, unknown>>
  if (kind !== 'accountability' && commitments.length) {
    throw invalidField('campaigns', 'commitments', tr(req, 'campaignCommitmentsOnlyAccountability'), req)
  }
  const start = data.period?.start ?? originalDoc?.period?.start
  const end = data.period?.end ?? originalDoc?.period?.end
  if (start && end && new Date(end) < new Date(start)) {
    throw invalidField('campaigns', 'period.end', tr(req, 'campaignEndBeforeStart'), req)
  }
  if (Array.isArray(data.commitments)) {
    const before = new Map(((originalDoc?.commitments ?? []) as Array<Record<string, unknown>>).map((c) => [String(c.id), c]))
    data.commitments = data.commitments.map((c: Record<string, unknown>) => {
      const old = c.id ? before.get(String(c.id)) : undefined
      if (c.status === 'fulfilled' && old?.status !== 'fulfilled') return { ...c, fulfilledAt: c.fulfilledAt ?? new Date().toISOString() }
      if (c.status !== 'fulfilled') return { ...c, fulfilledAt: null }
      return c
    })
  }
  return data
}
