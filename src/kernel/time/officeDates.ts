import { formatWallClock } from './zonedTime.js'

/**
 * THE way Pregonero writes a date for people (issue 15, item 4): day first, 24-hour clock, in the
 * office's time zone (the plugin's `timeZone`, America/Bogota by default) — `09/12/2026 23:59`,
 * never `12/09/2026`, ISO, UTC or "diciembre 9º 2026, 11:59 PM". The trail, its CSV, the reports'
 * CSV and PDF, the dashboards and the calendar use it; date fields and list cells get the same
 * patterns through `admin.dateFormat` and `src/kernel/admin/dayFirstDates.ts`.
 */
export const OFFICE_TIME_ZONE = 'America/Bogota'

const valid = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(date.getTime()) ? null : date
}

/** `09/12/2026 23:59` (empty for no date). */
export const officeDateTime = (value: unknown, timeZone = OFFICE_TIME_ZONE): string => {
  const date = valid(value)
  return date ? formatWallClock(date, timeZone) : ''
}

/** `09/12/2026` (empty for no date). */
export const officeDay = (value: unknown, timeZone = OFFICE_TIME_ZONE): string => officeDateTime(value, timeZone).slice(0, 10)

/** `9 dic 2026` / `9 Dec 2026`, with `, 23:59` when `time` — for running text (dashboards, e-mails). */
export const officeDateText = (value: unknown, { language = 'es', time = false, timeZone = OFFICE_TIME_ZONE }: { language?: string; time?: boolean; timeZone?: string } = {}): string => {
  const date = valid(value)
  if (!date) return ''
  // Built from parts: es-CO alone writes "9 de dic de 2026".
  const parts = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'es-CO', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).formatToParts(date)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  const day = `${part('day')} ${part('month').replace(/\.$/, '')} ${part('year')}`
  return time ? `${day}, ${officeDateTime(date, timeZone).slice(11)}` : day
}
