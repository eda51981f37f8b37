/** A measurement period: [start, end) in UTC, with its label ('2026-03', '2026-Q1', '2026-S1', '2026'). */
export type Period = { label: string; frequency: Frequency; start: Date; end: Date }
export type Frequency = 'annual' | 'monthly' | 'quarterly' | 'semiannual'

const utc = (y: number, m: number) => new Date(Date.UTC(y, m, 1))

/** Parses a period label; throws a clear error on anything else. */
export const parsePeriod = (label: string): Period => {
  let m = /^(\d{4})-(\d{2})$/.exec(label)
  if (m) {
    const month = Number(m[2]) - 1
    if (month < 0 || month > 11) throw new Error(`period: mes inválido / invalid month "${label}"`)
    return { label, frequency: 'monthly', start: utc(Number(m[1]), month), end: utc(Number(m[1]), month + 1) }
  }
  m = /^(\d{4})-Q([1-4])$/.exec(label)
  if (m) {
    const q = Number(m[2]) - 1
    return { label, frequency: 'quarterly', start: utc(Number(m[1]), q * 3), end: utc(Number(m[1]), q * 3 + 3) }
  }
  m = /^(\d{4})-S([12])$/.exec(label)
  if (m) {
    const s = Number(m[2]) - 1
    return { label, frequency: 'semiannual', start: utc(Number(m[1]), s * 6), end: utc(Number(m[1]), s * 6 + 6) }
  }
  m = /^(\d{4})$/.exec(label)
  if (m) return { label, frequency: 'annual', start: utc(Number(m[1]), 0), end: utc(Number(m[1]) + 1, 0) }
  throw new Error(`period: se esperaba AAAA-MM, AAAA-Qn, AAAA-Sn o AAAA / expected YYYY-MM, YYYY-Qn, YYYY-Sn or YYYY (got "${label}")`)
}

/** The last complete period of a frequency before `now`. */
export const previousPeriod = (frequency: Frequency, now: Date = new Date()): Period => {
  const y = now.getUTCFullYear()
  const m = now.getUTCMonth()
  if (frequency === 'monthly') {
    const d = utc(y, m - 1)
    return parsePeriod(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`)
  }
  if (frequency === 'quarterly') {
    const q = Math.floor(m / 3)
    return q === 0 ? parsePeriod(`${y - 1}-Q4`) : parsePeriod(`${y}-Q${q}`)
  }
  if (frequency === 'semiannual') return m < 6 ? parsePeriod(`${y - 1}-S2`) : parsePeriod(`${y}-S1`)
  return parsePeriod(String(y - 1))
}

/** The periods that closed just before `now` (the monthly one always; the others on their boundaries). */
export const periodsClosedAt = (now: Date = new Date()): Period[] => {
  const m = now.getUTCMonth()
  const list: Period[] = [previousPeriod('monthly', now)]
  if (m % 3 === 0) list.push(previousPeriod('quarterly', now))
  if (m % 6 === 0) list.push(previousPeriod('semiannual', now))
  if (m === 0) list.push(previousPeriod('annual', now))
  return list
}
