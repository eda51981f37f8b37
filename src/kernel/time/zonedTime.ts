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

/**
 * The instant at which the wall clock of `timeZone` reads `local` (`YYYY-MM-DDTHH:mm[:ss]`).
 * A wall time skipped by a DST jump resolves to the instant just after it.
 */
export const zonedInstant = (local: string, timeZone: string): Date => {
  const guess = new Date(`${local.length === 16 ? `${local}:00` : local}.000Z`)
  const offsetAt = (instant: Date) => {
    const p = partsOf(instant, timeZone)
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - instant.getTime()
  }
  const first = new Date(guess.getTime() - offsetAt(guess))
  // A zone whose offset changes between the guess and the answer (DST) needs a second pass.
  const second = new Date(guess.getTime() - offsetAt(first))
  return offsetAt(second) === offsetAt(first) ? second : first
}

/** Midnight starting `day` (`YYYY-MM-DD`) in `timeZone`, as an instant. */
export const zonedMidnight = (day: string, timeZone: string): Date => zonedInstant(`${day}T00:00:00`, timeZone)

/** The wall clock of `timeZone` at `instant`, as `YYYY-MM-DDTHH:mm`. */
export const zonedWallClock = (instant: Date, timeZone: string): string => {
  const p = partsOf(instant, timeZone)
  const two = (n: number) => String(n).padStart(2, '0')
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`
}

/** Midnight starting the first day of month `month0` (0-based; may overflow into other years) of `year` in `timeZone`. */
export const zonedMonthStart = (year: number, month0: number, timeZone: string): Date => {
  const d = new Date(Date.UTC(year, month0, 1))
  return zonedMidnight(d.toISOString().slice(0, 10), timeZone)
}

/** The wall clock of `timeZone` at `instant`, day first as the office reads it: `dd/MM/yyyy HH:mm`. */
export const formatWallClock = (instant: Date, timeZone: string): string => {
  const [day, time] = zonedWallClock(instant, timeZone).split('T')
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year} ${time}`
}
