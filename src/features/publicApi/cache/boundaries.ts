import type { Payload } from 'payload'

import type { BoundaryProvider } from './publicCache.js'

/**
 * Collections whose anonymous read rule depends on the clock, and the date fields it compares with
 * "now". The archive's rule (`publicArchiveWhere`, src/kernel/access/archiveAssets.ts) shows an
 * asset while every person's consent is in force (`publicUse.from` ≤ now < `publicUse.until`) and
 * its licence has not expired (`license.expiresAt`): the next of those dates still ahead is when
 * an answer that read the archive may start to be wrong without any write.
 */
export const CLOCK_FIELDS: Record<string, string[]> = {
  'archive-assets': ['publicUse.from', 'publicUse.until', 'license.expiresAt'],
}

/** The earliest date still ahead in `fields` across the collection (system read, no hooks' tags: see `tags.record`). */
export const nextClockBoundary =
  (payload: Payload, collection: string, fields: string[]): BoundaryProvider =>
  async (now) => {
    let next: null | number = null
    for (const field of fields) {
      const found = await payload.find({
        collection: collection as never,
        where: { [field]: { greater_than: now.toISOString() } },
        sort: field,
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        context: { pregoneroCacheInternal: true },
      })
      const doc = found.docs[0] as Record<string, unknown> | undefined
      const value = field.split('.').reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], doc)
      const time = value ? new Date(value as string).getTime() : NaN
      if (!Number.isNaN(time) && (next === null || time < next)) next = time
    }
    return next
  }

export const installClockBoundaries = (payload: Payload, providers: Map<string, BoundaryProvider>): void => {
  for (const [collection, fields] of Object.entries(CLOCK_FIELDS)) {
    if (payload.collections[collection as never]) providers.set(collection, nextClockBoundary(payload, collection, fields))
  }
}
