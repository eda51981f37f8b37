import type { PayloadRequest } from 'payload'

import { bogotaDate } from '../../kernel/time/workingDays.js'

export const COUNTERS_SLUG = 'workflow-counters'

/**
 * The next request code `SOL-YYYY-NNNN` (year in Bogotá). A per-year counter document is read and
 * incremented inside the caller's transaction (`req`), so the code commits or rolls back with the
 * request, and a deleted request never frees its number. On SQLite the write transaction is taken
 * up front (`behavior: 'immediate'`), which serialises concurrent creations; the unique index on
 * `communication-requests.code` is the last line of defence on any adapter.
 */
export const nextRequestCode = async (req: PayloadRequest, at: Date = new Date()): Promise<string> => {
  const year = bogotaDate(at).slice(0, 4)
  const key = `SOL-${year}`
  const value = await increment(req, key)
  return `${key}-${String(value).padStart(4, '0')}`
}

const increment = async (req: PayloadRequest, key: string, attempt = 0): Promise<number> => {
  const { docs } = await req.payload.find({
    collection: COUNTERS_SLUG,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    pagination: false,
  })
  const current = docs[0] as undefined | { id: number | string; value: number }
  if (current) {
    const value = Number(current.value) + 1
    await req.payload.update({
      collection: COUNTERS_SLUG,
      id: current.id,
      data: { value },
      req,
      overrideAccess: true,
      depth: 0,
    })
    return value
  }
  try {
    await req.payload.create({ collection: COUNTERS_SLUG, data: { key, value: 1 }, req, overrideAccess: true, depth: 0 })
    return 1
  } catch (error) {
    // Another creation made the counter first (unique key): read it again.
    if (attempt < 2) return increment(req, key, attempt + 1)
    throw error
  }
}
