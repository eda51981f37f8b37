// The ESM build, named explicitly: the package's `main` is CommonJS requiring an ESM-only
// dependency (pascua), which jest's ESM mode cannot load.
import { getHolidaysForYear } from 'colombian-holidays/dist/index.mjs'

/**
 * Working-day arithmetic in Colombia (America/Bogotá, UTC−5 all year, no DST): Monday to Friday,
 * minus the national public holidays (the `colombian-holidays` package, Ley Emiliani moves
 * included). Pure; a "day" is a calendar date in Bogotá written `YYYY-MM-DD`.
 */
const BOGOTA_OFFSET_MS = -5 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

const holidayCache = new Map<number, Set<string>>()
const holidaysOf = (year: number): Set<string> => {
  let set = holidayCache.get(year)
  if (!set) {
    set = new Set(getHolidaysForYear(year).map((holiday) => holiday.celebrationDate))
    holidayCache.set(year, set)
  }
  return set
}

/** The Bogotá calendar date of an instant, `YYYY-MM-DD`. */
export const bogotaDate = (instant: Date | number | string): string =>
  new Date(new Date(instant).getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 10)

const parseDay = (day: string): Date => new Date(`${day}T00:00:00.000Z`)
const addDays = (day: string, n: number): string => new Date(parseDay(day).getTime() + n * DAY_MS).toISOString().slice(0, 10)

/** True for a Colombian public holiday (the day it is observed). */
export const isColombianHoliday = (day: string): boolean => holidaysOf(Number(day.slice(0, 4))).has(day)

/** True for Monday–Friday that is not a Colombian public holiday. */
export const isWorkingDay = (day: string): boolean => {
  const weekday = parseDay(day).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !isColombianHoliday(day)
}

/**
 * The date `n` working days after the Bogotá date of `start` (the start day itself is not
 * counted). `n = 0` gives the start day, or the next working day when it is not one.
 */
export const addWorkingDays = (start: Date | number | string, n: number): string => {
  let day = typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : bogotaDate(start)
  if (n <= 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1)
    return day
  }
  let left = n
  while (left > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) left--
  }
  return day
}

/**
 * Working days elapsed from `start` to `end` (Bogotá dates): the working days in (start, end].
 * Negative when end is before start. Same day → 0.
 */
export const workingDaysBetween = (start: Date | number | string, end: Date | number | string): number => {
  const a = typeof start === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(start) ? start : bogotaDate(start)
  const b = typeof end === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(end) ? end : bogotaDate(end)
  if (a === b) return 0
  const [lo, hi, sign] = a < b ? [a, b, 1] : [b, a, -1]
  let count = 0
  for (let day = addDays(lo, 1); day <= hi; day = addDays(day, 1)) if (isWorkingDay(day)) count++
  return sign * count
}

/** The end of a Bogotá working day as an instant (23:59:59.999 −05:00), for storing a due date. */
export const endOfBogotaDay = (day: string): string => new Date(parseDay(day).getTime() + DAY_MS - 1 - BOGOTA_OFFSET_MS).toISOString()

export type TrafficLight = 'due-soon' | 'on-time' | 'overdue'

/**
 * The traffic light of an open request: overdue once its due date (a Bogotá day) has passed,
 * due soon when at most `dueSoonDays` working days remain, on time otherwise.
 */
export const trafficLight = (dueDate: Date | string, now: Date | number | string, dueSoonDays: number): TrafficLight => {
  const due = bogotaDate(dueDate)
  const today = bogotaDate(now)
  if (today > due) return 'overdue'
  return workingDaysBetween(today, due) <= dueSoonDays ? 'due-soon' : 'on-time'
}
