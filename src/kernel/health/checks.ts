import type { Payload, Where } from 'payload'

import type { FileStorage } from '../storage/index.js'

import { SLUGS } from '../slugs.js'

/** One part's result: `ok` for everyone, `detail` (timings, counts) for admins only. */
export type PartResult = { ok: boolean; detail: Record<string, number> }

const elapsed = (start: bigint): number => Number((process.hrtime.bigint() - start) / 1000n) / 1000

/** The database answers a cheap read (one row of the job leases, a small collection of the plugin). */
export const checkDatabase = async (payload: Payload): Promise<PartResult> => {
  const start = process.hrtime.bigint()
  try {
    await payload.db.find({ collection: SLUGS.jobLeases as 'users', limit: 1, pagination: false })
    return { ok: true, detail: { ms: elapsed(start) } }
  } catch {
    return { ok: false, detail: { ms: elapsed(start) } }
  }
}

/**
 * The file storage (the media folder or the S3 bucket) takes a new object: one is put and removed
 * under `.health/` (a fresh name, so nothing else is touched). Neither the folder, the bucket nor an
 * error text is reported.
 */
export const checkStorage = async (storage: FileStorage): Promise<PartResult> => {
  const start = process.hrtime.bigint()
  const ok = await storage.probe()
  return { ok, detail: { ms: elapsed(start) } }
}

type JobRow = { createdAt?: null | string; waitUntil?: null | string }

/** Jobs still to run: not completed, not failed for good, not being processed. */
const pending = (queue: string): Where[] => [
  { queue: { equals: queue } },
  { completedAt: { exists: false } },
  { hasError: { not_equals: true } },
  { processing: { not_equals: true } },
]

/**
 * Job lag per queue: the age in seconds of the oldest job that is due (created, or its `waitUntil`
 * passed) and still waiting, and how many waiting jobs are past their `waitUntil`. Reported, not a
 * failure: a slow queue is not a reason for the proxy to take this instance out (the jobs may run
 * on a dedicated runner). The part fails only when the queue cannot be read.
 */
export const checkJobs = async (payload: Payload, queues: string[]): Promise<PartResult> => {
  const now = new Date()
  const start = process.hrtime.bigint()
  const detail: Record<string, number> = {}
  try {
    for (const queue of queues) {
      const due: Where = { and: [...pending(queue), { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] }] }
      const { docs } = await payload.db.find({ collection: 'payload-jobs', where: due, sort: 'createdAt', limit: 1, pagination: false })
      const oldest = docs[0] as JobRow | undefined
      const since = oldest ? Math.max(Date.parse(oldest.createdAt ?? '') || 0, Date.parse(oldest.waitUntil ?? '') || 0) : 0
      detail[`${queue}.oldestDueSeconds`] = oldest && since ? Math.max(0, Math.round((now.getTime() - since) / 1000)) : 0
      const overdue = await payload.db.count({
        collection: 'payload-jobs',
        where: { and: [...pending(queue), { waitUntil: { less_than: now.toISOString() } }] },
      })
      detail[`${queue}.pastWaitUntil`] = overdue.totalDocs
      // Payload 3.90 never takes a job marked `processing` again: one left so by a killed process stays there.
      const processing = await payload.db.count({
        collection: 'payload-jobs',
        where: { and: [{ queue: { equals: queue } }, { completedAt: { exists: false } }, { processing: { equals: true } }] },
      })
      detail[`${queue}.processing`] = processing.totalDocs
    }
    detail.ms = elapsed(start)
    return { ok: true, detail }
  } catch {
    return { ok: false, detail: { ms: elapsed(start) } }
  }
}
