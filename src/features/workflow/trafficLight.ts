/** On time / due soon / overdue, from a due date (the workflow's SLA field may replace it later). */
export type TrafficLight = 'due-soon' | 'none' | 'on-time' | 'overdue'

export const TRAFFIC_LABELS: Record<TrafficLight, { es: string; en: string }> = {
  'on-time': { es: 'A tiempo', en: 'On time' },
  'due-soon': { es: 'Por vencer', en: 'Due soon' },
  overdue: { es: 'Vencida', en: 'Overdue' },
  none: { es: 'Sin fecha', en: 'No due date' },
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Pure: `overdue` once the due date has passed, `due-soon` within `soonDays` days of it,
 * otherwise `on-time`; `none` without a (valid) due date. Finished items pass `done: true`.
 */
export const trafficLight = (
  dueDate: Date | null | string | undefined,
  now: Date = new Date(),
  soonDays = 2,
): TrafficLight => {
  if (!dueDate) return 'none'
  const due = new Date(dueDate).getTime()
  if (Number.isNaN(due)) return 'none'
  const left = due - now.getTime()
  if (left < 0) return 'overdue'
  if (left <= soonDays * DAY_MS) return 'due-soon'
  return 'on-time'
}
