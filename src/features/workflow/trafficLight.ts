import { trafficLight } from '../../kernel/time/workingDays.js'
import { SLA_RUNNING_STATUSES } from './machines/requests.js'

/** A badge's light; `none` where no light applies (no due date, or the clock is not running). */
export type TrafficLight = 'due-soon' | 'none' | 'on-time' | 'overdue'

export const TRAFFIC_LABELS: Record<TrafficLight, { es: string; en: string }> = {
  'on-time': { es: 'A tiempo', en: 'On time' },
  'due-soon': { es: 'Por vencer', en: 'Due soon' },
  overdue: { es: 'Vencida', en: 'Overdue' },
  none: { es: 'Sin fecha', en: 'No due date' },
}

/**
 * THE traffic light of a request, the only one: the list's virtual `trafficLight` field, the
 * dashboards and the calendar all read it (they used to compute it twice, in working days here and
 * in calendar hours there, and disagreed). Null while the SLA clock is not running (not accepted
 * yet, delivered, closed…) or without a due date; otherwise the working-day light of
 * `src/kernel/time/workingDays.ts` with the workflow's `dueSoonDays`.
 */
export const requestTrafficLight = (
  request: { status?: null | string; dueDate?: null | string | Date },
  now: Date,
  dueSoonDays: number,
): Exclude<TrafficLight, 'none'> | null => {
  if (!request.dueDate || Number.isNaN(new Date(request.dueDate).getTime())) return null
  if (!(SLA_RUNNING_STATUSES as readonly (null | string | undefined)[]).includes(request.status)) return null
  return trafficLight(request.dueDate, now, dueSoonDays)
}
