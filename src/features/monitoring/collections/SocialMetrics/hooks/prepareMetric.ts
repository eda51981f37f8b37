import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { normalizeDayValue, storedToDay } from '../../../days.js'
import { engagementRate } from '../../../engagement.js'
import { metricKey } from '../../../keys.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/**
 * Before a metrics record is saved: the period becomes calendar days (end ≥ start), the
 * engagement rate is derived, the source is stamped (`manual`, or `import` from the importer),
 * and a second record for the same account and period is refused naming the field.
 */
export const prepareMetric =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    const tz = options.monitoring.timeZone
    const merged = { ...(originalDoc ?? {}), ...data }
    const start = normalizeDayValue(merged.periodStart, tz)
    if (!start) throw invalidField('social-metrics', 'periodStart', tr(req, 'metricStartInvalid'), req)
    const end = normalizeDayValue(merged.periodEnd ?? merged.periodStart, tz) as string
    if (end < start) {
      throw invalidField('social-metrics', 'periodEnd', tr(req, 'metricEndBeforeStart'), req)
    }
    data.periodStart = start
    data.periodEnd = end
    const base = options.monitoring.engagementRateBase === 'impressions' ? merged.impressions : merged.reach
    data.engagementRate = engagementRate(merged.engagements, base)
    const fromImport = context?.monitoringImport === true
    if (operation === 'create') data.source = fromImport ? 'import' : 'manual'
    const key = metricKey({ account: merged.account, startDay: storedToDay(start, tz), endDay: storedToDay(end, tz) })
    data.periodKey = key
    if (!fromImport) {
      const { docs } = await req.payload.find({
        collection: SLUGS.socialMetrics,
        where: { and: [{ periodKey: { equals: key } }, ...(originalDoc?.id !== undefined ? [{ id: { not_equals: originalDoc.id } }] : [])] },
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (docs.length > 0) {
        throw invalidField('social-metrics', 'periodStart', tr(req, 'metricDuplicate'), req)
      }
    }
    return data
  }
