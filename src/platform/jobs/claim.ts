import type { Payload, Where } from 'payload'

const JOBS = 'payload-jobs'

type Id = number | string
type JobRow = Record<string, unknown> & { id: Id }
/** What Payload's runJobs passes to `payload.db.updateJobs` (payload/dist/queues/utilities/updateJob.js). */
export type UpdateJobsArgs = {
  id?: Id
  data: Record<string, unknown>
  limit?: number
  req?: { transactionID?: unknown }
  returning?: boolean
  sort?: string | string[]
  where?: Where
}

/** Whether a `where` asks for `processing: { equals: false }` somewhere in its `and`s. */
const asksForIdle = (where: unknown): boolean => {
  if (!where || typeof where !== 'object') return false
  const node = where as Record<string, unknown>
  const processing = node.processing as Record<string, unknown> | undefined
  if (processing && processing.equals === false) return true
  return Array.isArray(node.and) && node.and.some(asksForIdle)
}

/**
 * Payload's runJobs claims a batch with ONE call: `updateJobs({ data: { processing: true }, where:
 * { and: [..., { processing: { equals: false } }, ...] }, limit, sort })`. That call is the claim.
 */
export const isClaim = (args: UpdateJobsArgs): boolean => !args.id && args.data?.processing === true && asksForIdle(args.where)

type PgPool = { query: (text: string, values?: unknown[]) => Promise<{ rows: Array<{ id: Id }> }> }
type Db = { name?: string; pool?: PgPool; schemaName?: string; idType?: string; tableNameMap?: Map<string, string> }

/** The PostgreSQL pool when the app runs on `@payloadcms/db-postgres` (the fast path's condition). */
export const postgresPoolOf = (payload: Payload): PgPool | null => {
  const db = payload.db as unknown as Db
  return db.name === 'postgres' && db.pool && typeof db.pool.query === 'function' ? db.pool : null
}

/**
 * PostgreSQL: the candidates are locked and flipped in ONE statement. `FOR UPDATE SKIP LOCKED`
 * makes runners racing on the same rows take disjoint sets (none waits, none takes a row twice);
 * `processing = false` is re-checked on the latest row version after the lock.
 * The pick is a MATERIALIZED CTE, run once: as `WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP
 * LOCKED)` the planner may choose a nested-loop semi join that re-runs the subquery for every row
 * (it does when the table's statistics say it is tiny), and each run skips the rows the previous
 * runs took: one runner claimed the whole queue whatever its limit.
 */
const claimOnPostgres = async (payload: Payload, pool: PgPool, candidates: Id[], limit: number, now: string): Promise<Id[]> => {
  const db = payload.db as unknown as Db
  const name = db.tableNameMap?.get('payload_jobs') ?? 'payload_jobs'
  const table = db.schemaName ? `"${db.schemaName}"."${name}"` : `"${name}"`
  const idType = db.idType === 'uuid' ? 'uuid' : 'integer'
  const { rows } = await pool.query(
    `WITH picked AS MATERIALIZED (
       SELECT id FROM ${table} WHERE id = ANY($2::${idType}[]) AND processing = false
       ORDER BY array_position($2::${idType}[], id) LIMIT $3 FOR UPDATE SKIP LOCKED)
     UPDATE ${table} AS job SET processing = true, updated_at = $1 FROM picked WHERE job.id = picked.id
     RETURNING job.id`,
    [now, candidates, limit],
  )
  return rows.map((row) => row.id)
}

/**
 * Every adapter: one compare-and-set per candidate (`updateOne` whose `where` re-checks
 * `processing = false`: a conditional UPDATE on the SQL adapters, findOneAndUpdate on MongoDB), in
 * Payload's claim transaction when it opened one. A row another runner took in between is skipped.
 */
const claimOneByOne = async (payload: Payload, args: UpdateJobsArgs, candidates: Id[], limit: number, now: string): Promise<Id[]> => {
  const claimed: Id[] = []
  for (const id of candidates) {
    if (claimed.length >= limit) break
    const taken = await payload.db.updateOne({
      collection: JOBS,
      where: { and: [{ id: { equals: id } }, { processing: { equals: false } }] },
      data: { processing: true, updatedAt: now },
      req: args.req as never,
      // drizzle: one UPDATE … WHERE … RETURNING (no SELECT first: on SQLite the claim's first
      // statement is then a write, which waits for the lock instead of failing on a stale snapshot).
      options: { atomic: true },
    })
    if (taken) claimed.push(id)
  }
  return claimed
}

export type ClaimOptions = {
  /** `false` takes the neutral path even on PostgreSQL (tests of both paths). @default true */
  fastPath?: boolean
  /** Test seam: runs between the search for candidates and the claim (another runner's moment). */
  afterFind?: () => Promise<void>
}

/**
 * Claims up to `limit` jobs matching Payload's `where`, atomically: a job is taken by one runner
 * only, whatever runs at the same time. Returns the claimed jobs, whole (with their log), in
 * Payload's order — what `db.updateJobs` returns.
 *
 * Why: `@payloadcms/drizzle` 3.90's updateJobs (dist/updateJobs.js) SELECTs the candidates, then
 * UPDATEs each by id without re-checking `processing`: on PostgreSQL (READ COMMITTED) two runners
 * that read the same free rows both flip them and both run the jobs.
 */
export const claimJobs = async (payload: Payload, args: UpdateJobsArgs, options: ClaimOptions = {}): Promise<JobRow[]> => {
  const limit = args.limit && args.limit > 0 ? args.limit : 10
  // A few more candidates than wanted: rows other runners take meanwhile are skipped, not waited for.
  // In Payload's claim transaction (`args.req`): on PostgreSQL with read replicas a read outside a
  // transaction goes to a replica, which may not have the job queued a moment ago (elsewhere, or
  // more than readReplicasAfterWriteInterval ago): a due job would wait for the replica's replay.
  const found = await payload.db.find({
    collection: JOBS,
    where: args.where,
    sort: args.sort,
    limit: limit * 3 + 10,
    pagination: false,
    select: { processing: true },
    req: args.req as never,
  })
  const candidates = found.docs.map((doc) => (doc as JobRow).id)
  if (!candidates.length) return []
  await options.afterFind?.()
  const now = new Date().toISOString()
  const pool = options.fastPath === false ? null : postgresPoolOf(payload)
  const ids = pool ? await claimOnPostgres(payload, pool, candidates, limit, now) : await claimOneByOne(payload, args, candidates, limit, now)
  if (!ids.length) return []
  const { docs } = await payload.db.find({
    collection: JOBS,
    where: { id: { in: ids } },
    sort: args.sort,
    limit: 0,
    pagination: false,
    req: args.req as never,
  })
  return docs as JobRow[]
}
