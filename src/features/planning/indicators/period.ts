import { OFFICE_TIME_ZONE } from '../../../kernel/time/officeDates.js'
import { trIn } from '../../../kernel/i18n/index.js'
import { zonedDate, zonedMonthStart } from '../../../kernel/time/zonedTime.js'

/**
 * A measurement period: [start, end) as instants, with its label ('2026-03', '2026-Q1', '2026-S1',
 * '2026'). Boundaries are local midnights in the reporting time zone (America/Bogota, UTC−5, no
 * DST): October 2026 is [2026-10-01T05:00Z, 2026-11-01T05:00Z), so a record at
 * 2026-10-31T23:30-05:00 lands in October, not November.
 */
export type Period = { label: string; frequency: Frequency; start: Date; end: Date }
export type Frequency = 'annual' | 'monthly' | 'quarterly' | 'semiannual'

/** The time zone whose calendar makes the periods of indicators and follow-up reports. */
export const REPORTING_TIME_ZONE = OFFICE_TIME_ZONE

const at = (y: number, m: number, timeZone: string) => zonedMonthStart(y, m, timeZone)

/** Parses a period label; throws a clear error on anything else. */
export const parsePeriod = (label: string, timeZone: string = REPORTING_TIME_ZONE): Period => {
  let m = /^(\d{4})-(\d{2})$/.exec(label)
  if (m) {
    const month = Number(m[2]) - 1
    if (month < 0 || month > 11) throw new Error(`${trIn(null, 'paramLabelPeriod')}: ${trIn(null, 'periodInvalid', { label })}`)
    return { label, frequency: 'monthly', start: at(Number(m[1]), month, timeZone), end: at(Number(m[1]), month + 1, timeZone) }
  }
  m = /^(\d{4})-Q([1-4])$/.exec(label)
  if (m) {
    const q = Number(m[2]) - 1
    return { label, frequency: 'quarterly', start: at(Number(m[1]), q * 3, timeZone), end: at(Number(m[1]), q * 3 + 3, timeZone) }
  }
  m = /^(\d{4})-S([12])$/.exec(label)
  if (m) {
    const s = Number(m[2]) - 1
    return { label, frequency: 'semiannual', start: at(Number(m[1]), s * 6, timeZone), end: at(Number(m[1]), s * 6 + 6, timeZone) }
  }
  m = /^(\d{4})$/.exec(label)
  if (m) return { label, frequency: 'annual', start: at(Number(m[1]), 0, timeZone), end: at(Number(m[1]) + 1, 0, timeZone) }
  throw new Error(`${trIn(null, 'paramLabelPeriod')}: ${trIn(null, 'periodInvalid', { label })}`)
}

/** The calendar year a period belongs to (from its label, never from a UTC reading of its bounds). */
export const periodYear = (period: Pick<Period, 'label'>): number => Number(period.label.slice(0, 4))

/** The last complete period of a frequency before `now` (calendar of the reporting time zone). */
export const previousPeriod = (frequency: Frequency, now: Date = new Date(), timeZone: string = REPORTING_TIME_ZONE): Period => {
  const { year: y, month } = zonedDate(now, timeZone)
  const m = month - 1
  if (frequency === 'monthly') {
    const d = new Date(Date.UTC(y, m - 1, 1))
    return parsePeriod(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`, timeZone)
  }
  if (frequency === 'quarterly') {
    const q = Math.floor(m / 3)
    return q === 0 ? parsePeriod(`${y - 1}-Q4`, timeZone) : parsePeriod(`${y}-Q${q}`, timeZone)
  }
  if (frequency === 'semiannual') return m < 6 ? parsePeriod(`${y - 1}-S2`, timeZone) : parsePeriod(`${y}-S1`, timeZone)
  return parsePeriod(String(y - 1), timeZone)
}

/** The periods that closed just before `now` (the monthly one always; the others on their boundaries). */
export const periodsClosedAt = (now: Date = new Date(), timeZone: string = REPORTING_TIME_ZONE): Period[] => {
  const m = zonedDate(now, timeZone).month - 1
  const list: Period[] = [previousPeriod('monthly', now, timeZone)]
  if (m % 3 === 0) list.push(previousPeriod('quarterly', now, timeZone))
  if (m % 6 === 0) list.push(previousPeriod('semiannual', now, timeZone))
  if (m === 0) list.push(previousPeriod('annual', now, timeZone))
  return list
}
