/**
 * Month arithmetic of the demo in the office's time zone (America/Bogota: UTC−5, no DST), and a
 * seeded random generator so every fresh database gets the same figures.
 */
const OFFSET_HOURS = 5

export type Month = { year: number; month: number; label: string; start: Date; end: Date }

/** The month `offset` months from the current one (0 = this month, −1 = last month). */
export const monthAt = (offset: number, now: Date = new Date()): Month => {
  const local = new Date(now.getTime() - OFFSET_HOURS * 3_600_000)
  const first = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1))
  const year = first.getUTCFullYear()
  const month = first.getUTCMonth()
  return {
    year,
    month,
    label: `${year}-${String(month + 1).padStart(2, '0')}`,
    start: new Date(Date.UTC(year, month, 1, OFFSET_HOURS)),
    end: new Date(Date.UTC(year, month + 1, 1, OFFSET_HOURS)),
  }
}

/** A day of a month at a local hour, never later than `now`. */
export const dayOf = (month: Month, day: number, hour = 10, now: Date = new Date()): Date => {
  const at = new Date(Date.UTC(month.year, month.month, day, hour + OFFSET_HOURS))
  return at.getTime() > now.getTime() ? new Date(now.getTime() - 3_600_000) : at
}

/** mulberry32: a small deterministic generator (same demo on every fresh database). */
export const random = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
