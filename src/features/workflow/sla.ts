import type { ProductType } from '../../kernel/vocabulary.js'

import { addWorkingDays, endOfBogotaDay } from '../../kernel/time/workingDays.js'

/** Working days of a request's SLA: the largest SLA among its product types. */
export const slaDaysFor = (products: unknown, sla: Record<string, number>, fallback = 5): number => {
  const days = (Array.isArray(products) ? products : [])
    .map((row) => sla[(row as { type?: ProductType })?.type ?? ''])
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n))
  return days.length ? Math.max(...days) : fallback
}

/** The due date (end of that Bogotá working day, ISO) of a request accepted at `acceptedAt`. */
export const dueDateFor = (products: unknown, acceptedAt: Date | string, sla: Record<string, number>): string =>
  endOfBogotaDay(addWorkingDays(acceptedAt, slaDaysFor(products, sla)))
