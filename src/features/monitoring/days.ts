/**
 * Calendar days. A mention's date, a metric's period and a read are days, not instants: they
 * are stored as 12:00 UTC of that calendar day, which is the same calendar day in every time
 * zone from UTC−11 to UTC+11, so day buckets are plain UTC days on every adapter.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** `YYYY-MM-DD` of an instant in a time zone (e.g. 'America/Bogota'). */
export const dayInZone = (instant: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)

/** True when `day` is a real `YYYY-MM-DD` date. */
export const isDay = (day: string): boolean => {
  const m = DAY.exec(day)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])
}

/** The stored instant of a day: `YYYY-MM-DDT12:00:00.000Z`. */
export const dayToStored = (day: string): string => `${day}T12:00:00.000Z`

/** The day of a stored value (or of any instant, read in `timeZone`). */
export const storedToDay = (value: Date | string, timeZone: string): string => {
  const text = typeof value === 'string' ? value : value.toISOString()
  if (/^\d{4}-\d{2}-\d{2}T12:00:00(\.000)?Z$/.test(text)) return text.slice(0, 10)
  if (DAY.test(text)) return text
  return dayInZone(new Date(text), timeZone)
}

/** Normalizes whatever a client sent for a day field to the stored instant (or returns undefined). */
export const normalizeDayValue = (value: unknown, timeZone: string): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const text = value instanceof Date ? value.toISOString() : String(value)
  if (DAY.test(text)) return isDay(text) ? dayToStored(text) : undefined
  const instant = new Date(text)
  if (Number.isNaN(instant.getTime())) return undefined
  return dayToStored(storedToDay(text, timeZone))
}

/** `day` plus `n` days. */
export const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00.000Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** UTC start of a day (inclusive bound for queries on stored days). */
export const dayStart = (day: string): string => `${day}T00:00:00.000Z`
