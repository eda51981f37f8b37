/**
 * Wall-clock helpers for a named time zone (IANA, e.g. 'America/Bogota'), with no dependency:
 * `Intl.DateTimeFormat` gives the zone's offset at an instant.
 */

const partsOf = (instant: Date, timeZone: string): Record<string, number> =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  )

/** The calendar year, month (1–12) and day of an instant in `timeZone`. */
export const zonedDate = (instant: Date, timeZone: string): { year: number; month: number; day: number } => {
  const p = partsOf(instant, timeZone)
  return { year: p.year, month: p.month, day: p.day }
}

/** Midnight starting `day` (`YYYY-MM-DD`) in `timeZone`, as an instant. */
export const zonedMidnight = (day: string, timeZone: string): Date => {
  const guess = new Date(`${day}T00:00:00.000Z`)
  const p = partsOf(guess, timeZone)
  const asLocal = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  const first = new Date(guess.getTime() - (asLocal - guess.getTime()))
  // A zone whose offset changes between the guess and the answer (DST) needs a second pass.
  const q = partsOf(first, timeZone)
  const drift = Date.UTC(q.year, q.month - 1, q.day, q.hour, q.minute, q.second) - guess.getTime()
  return drift === 0 ? first : new Date(first.getTime() - drift)
}

/** Midnight starting the first day of month `month0` (0-based; may overflow into other years) of `year` in `timeZone`. */
export const zonedMonthStart = (year: number, month0: number, timeZone: string): Date => {
  const d = new Date(Date.UTC(year, month0, 1))
  return zonedMidnight(d.toISOString().slice(0, 10), timeZone)
}
