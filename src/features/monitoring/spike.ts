import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { raiseAlert } from '../../kernel/alerts/raiseAlert.js'
import { addDays, dayInZone, dayStart } from './days.js'
import { SLUGS } from '../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../kernel/sql/readOnPrimary.js'

export const SPIKE_ALERT_KIND = 'negative-mention-spike'

export type SpikeCheck = {
  day: string
  negatives: number
  trailingAverage: number
  threshold: number
  spike: boolean
  alertId?: number | string
  /** True when this run raised the alert; false when it had already been raised for the day. */
  raised: boolean
}

const countNegatives = async (req: PayloadRequest, fromDay: string, toDay: string): Promise<number> => {
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.mediaMentions,
    where: {
      and: [
        { sentiment: { equals: 'negative' } },
        { date: { greater_than_equal: dayStart(fromDay) } },
        { date: { less_than: dayStart(toDay) } },
      ],
    },
    req,
    overrideAccess: true,
  })
  return totalDocs
}

/**
 * Checks one day: it is a spike when its negative mentions are at least `spike.minimum` AND
 * more than `spike.factor` × the average of the `spike.trailingDays` days before it
 * (threshold = max(minimum, ⌊factor × average⌋ + 1)). A spike raises ONE `alerts` record
 * (kind `negative-mention-spike`, subject the day), never two: not while it is open
 * (raiseAlert is idempotent) and not after someone resolved it (checked here by subject).
 */
export const checkNegativeSpike = async (req: PayloadRequest, options: ResolvedOptions, day: string): Promise<SpikeCheck> => {
  const { factor, minimum, trailingDays } = options.monitoring.spike
  const negatives = await countNegatives(req, day, addDays(day, 1))
  const trailing = await countNegatives(req, addDays(day, -trailingDays), day)
  const trailingAverage = Math.round((trailing / trailingDays) * 100) / 100
  const threshold = Math.max(minimum, Math.floor(factor * (trailing / trailingDays)) + 1)
  const spike = negatives >= threshold
  const result: SpikeCheck = { day, negatives, trailingAverage, threshold, spike, raised: false }
  if (!spike) return result
  const subject = { collection: SLUGS.mediaMentions, id: `negative-spike:${day}`, title: `Pico de menciones negativas ${day}` }
  // Spike alerts are few (one per spike day): read them by kind and match the day here. (The
  // alerts' group subfield `subject.id` can be neither queried nor read back on SQLite in
  // Payload 3.90 — a field named `id` inside a group — so the day is matched on `details.day`.)
  // On the primary (read replicas): a lagging replica would miss the day's alert raised and
  // resolved moments ago, and raise it a second time.
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.alerts,
      where: { kind: { equals: SPIKE_ALERT_KIND } },
      pagination: false,
      depth: 0,
      select: { subject: true, details: true },
      req,
      overrideAccess: true,
    }),
  )
  const previous = (docs as unknown as Array<{ id: number | string; subject?: { id?: string }; details?: { day?: string } }>).find(
    (d) => d.details?.day === day || d.subject?.id === subject.id,
  )
  if (previous) return { ...result, alertId: previous.id }
  const { alert, created } = await raiseAlert(req, {
    kind: SPIKE_ALERT_KIND,
    severity: negatives >= threshold * 2 ? 'critical' : 'warning',
    subject,
    message: { key: 'alertNegativeSpike', vars: { day, negatives, average: trailingAverage, days: trailingDays, threshold } },
    details: { day, negatives, trailingAverage, trailingDays, factor, minimum, threshold },
  })
  return { ...result, alertId: alert.id, raised: created }
}

/** The days a scheduled run checks: yesterday (so late entries are seen) and today, in the configured zone. */
export const daysToCheck = (options: ResolvedOptions, now = new Date()): string[] => {
  const today = dayInZone(now, options.monitoring.timeZone)
  return [addDays(today, -1), today]
}
