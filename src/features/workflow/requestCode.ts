import type { PayloadRequest } from 'payload'

import { sqlAll, sqlDialect } from '../../kernel/sql/fastPath.js'
import { bogotaDate } from '../../kernel/time/workingDays.js'

export const COUNTERS_SLUG = 'workflow-counters'

/**
 * The next request code `SOL-YYYY-NNNN` (year in Bogotá). A per-year counter document is read and
 * incremented inside the caller's transaction (`req`), so the code commits or rolls back with the
 * request, and a deleted request never frees its number. On SQLite the write transaction is taken
 * up front (`behavior: 'immediate'`), which serialises concurrent creations; on PostgreSQL the
 * counter row is made if missing without an error (a failed INSERT would abort the transaction)
 * and locked before it is read (`incrementOnPostgres`); the unique index on
 * `communication-requests.code` is the last line of defence on any adapter.
 */
export const nextRequestCode = async (req: PayloadRequest, at: Date = new Date()): Promise<string> => {
  const year = bogotaDate(at).slice(0, 4)
  const key = `SOL-${year}`
  const value = await increment(req, key)
  return `${key}-${String(value).padStart(4, '0')}`
}

/**
 * PostgreSQL (READ COMMITTED): two creations would otherwise read the same value and both write
 * it + 1. The row is created if missing (ON CONFLICT DO NOTHING waits for a concurrent creator and
 * then does nothing), then read with FOR UPDATE: the next creation waits until this one commits.
 */
const incrementOnPostgres = async (req: PayloadRequest, key: string): Promise<number> => {
  await sqlAll(req.payload, req, (sql) => sql`INSERT INTO workflow_counters (key, value) VALUES (${key}, 0) ON CONFLICT (key) DO NOTHING`)
  const [row] = await sqlAll<{ id: number; value: number | string }>(req.payload, req, (sql) => sql`SELECT id, value FROM workflow_counters WHERE key = ${key} FOR UPDATE`)
  const value = Number(row!.value) + 1
  await req.payload.update({ collection: COUNTERS_SLUG, id: row!.id, data: { value }, req, overrideAccess: true, depth: 0 })
  return value
}

const increment = async (req: PayloadRequest, key: string, attempt = 0): Promise<number> => {
  const tables = (req.payload.db as unknown as { tables?: Record<string, unknown> }).tables
  if (sqlDialect(req.payload) === 'postgres' && req.transactionID && tables?.workflow_counters) return incrementOnPostgres(req, key)
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
