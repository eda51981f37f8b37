import type { Payload } from 'payload'

import { monthAt, random } from './calendar.js'

type Indicator = { id: number | string; code: string; frequency: string; target?: null | number; alertThreshold?: null | number; direction?: string }

/** A plausible value around the target, drifting towards it over the year. */
const valueFor = (indicator: Indicator, step: number, rnd: () => number): number => {
  const target = indicator.target ?? 40
  const lower = indicator.direction === 'lower'
  // From a weak start to slightly better than the target by the end of the year.
  const start = lower ? target * 1.6 : target * 0.78
  const end = lower ? target * 0.9 : target * 1.05
  const trend = start + ((end - start) * step) / 11
  const noise = (rnd() - 0.5) * target * 0.12
  const value = trend + noise
  const capped = indicator.code === 'COM-05' ? Math.min(5, value) : indicator.target && !lower && target <= 100 ? Math.min(100, value) : value
  return Math.round(Math.max(0, capped) * 10) / 10
}

const meets = (value: number, i: Indicator): boolean | null =>
  i.target === null || i.target === undefined ? null : i.direction === 'lower' ? value <= i.target : value >= i.target
const crosses = (value: number, i: Indicator): boolean =>
  i.alertThreshold === null || i.alertThreshold === undefined ? false : i.direction === 'lower' ? value > i.alertThreshold : value < i.alertThreshold

/**
 * Twelve months of indicator measurements as the measurements job writes them (one per
 * indicator and period: the last 12 months, or the last 4 quarters). Only when none exist.
 */
export const seedMeasurements = async (payload: Payload, context: Record<string, unknown>): Promise<number> => {
  if ((await payload.count({ collection: 'indicator-measurements' })).totalDocs > 0) return 0
  const { docs } = await payload.find({ collection: 'indicators', pagination: false, depth: 0, context })
  const rnd = random(15)
  const now = new Date()
  let created = 0
  for (const indicator of docs as unknown as Indicator[]) {
    const periods: Array<{ label: string; start: Date; end: Date; step: number }> = []
    if (indicator.frequency === 'quarterly') {
      // The last four complete quarters.
      const current = monthAt(0, now)
      const quarterStart = current.month - (current.month % 3)
      for (let q = 4; q >= 1; q--) {
        const first = monthAt(quarterStart - current.month - q * 3, now)
        const last = monthAt(quarterStart - current.month - q * 3 + 2, now)
        periods.push({ label: `${first.year}-Q${Math.floor(first.month / 3) + 1}`, start: first.start, end: last.end, step: (4 - q) * 3 + 2 })
      }
    } else {
      for (let offset = -12; offset <= -1; offset++) {
        const month = monthAt(offset, now)
        periods.push({ label: month.label, start: month.start, end: month.end, step: offset + 12 })
      }
    }
    for (const period of periods) {
      const value = valueFor(indicator, period.step, rnd)
      await payload.create({
        collection: 'indicator-measurements',
        data: {
          indicator: indicator.id,
          period: period.label,
          frequency: indicator.frequency,
          periodStart: period.start.toISOString(),
          periodEnd: period.end.toISOString(),
          available: true,
          value,
          target: indicator.target ?? null,
          alertThreshold: indicator.alertThreshold ?? null,
          meetsTarget: meets(value, indicator),
          belowThreshold: crosses(value, indicator),
          note: 'Dato de demostración',
          computedAt: period.end.toISOString(),
        } as never,
        context,
      })
      created++
    }
  }
  return created
}
