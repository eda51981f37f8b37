import type { PayloadRequest } from 'payload'

import { idOf } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { INSTRUMENT_ITEMS } from './anexo2.js'

export type CompletenessProblem = 'empty' | 'overdue' | 'unowned'
export type IncompleteItem = {
  id: number | string
  number: string
  title: string
  ownerDepartment: null | number | string
  lastUpdated: null | string
  updateFrequency: null | string
  problems: CompletenessProblem[]
}

type Item = {
  id: number | string
  number: string
  title: string
  parent?: unknown
  ownerDepartment?: unknown
  lastUpdated?: null | string
  updateFrequency?: null | string
  notApplicable?: boolean | null
  links?: unknown[] | null
}

/** Months an item may go without an update, by its frequency ("on-change" has no clock). */
const MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, semiannual: 6, annual: 12 }

/** True when `lastUpdated` is older than the item's frequency allows at `now` (never updated counts as overdue). */
export const isOverdue = (lastUpdated: null | string | undefined, frequency: null | string | undefined, now: Date): boolean => {
  const months = frequency ? MONTHS[frequency] : undefined
  if (!months) return false
  if (!lastUpdated) return true
  const limit = new Date(lastUpdated)
  limit.setUTCMonth(limit.getUTCMonth() + months)
  return limit < now
}

/**
 * The transparency menu's gaps: items with no links that are not "no aplica" (a section whose
 * sub-items carry the links is not empty), items not updated within their frequency, and items
 * with no owner department. "No aplica" items are exempt from the first two: their public
 * justification is their content. The instruments' items (7.1.1–7.1.3) are never empty: the
 * plugin generates them.
 */
export const transparencyCompleteness = async (req: PayloadRequest, now = new Date()): Promise<IncompleteItem[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.transparencyItems,
    sort: 'sortKey',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const items = docs as unknown as Item[]
  const parents = new Set(items.map((item) => idOf(item.parent)).filter((id) => id !== null).map(String))
  const found: IncompleteItem[] = []
  for (const item of items) {
    const problems: CompletenessProblem[] = []
    if (!item.notApplicable) {
      // 7.1.1–7.1.3 are filled by the plugin itself: the instruments it generates (INSTRUMENT_ITEMS).
      if ((item.links ?? []).length === 0 && !parents.has(String(item.id)) && !INSTRUMENT_ITEMS[item.number]) problems.push('empty')
      if (isOverdue(item.lastUpdated, item.updateFrequency, now)) problems.push('overdue')
    }
    if (idOf(item.ownerDepartment) === null) problems.push('unowned')
    if (problems.length === 0) continue
    found.push({
      id: item.id,
      number: item.number,
      title: item.title,
      ownerDepartment: idOf(item.ownerDepartment),
      lastUpdated: item.lastUpdated ?? null,
      updateFrequency: item.updateFrequency ?? null,
      problems,
    })
  }
  return found
}
