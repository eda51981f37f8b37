import type { Payload } from 'payload'
import { SLUGS } from '../slugs.js'

/** Told how many items (rows) are done out of the total. */
export type ProgressCallback = (done: number, total: number) => Promise<void> | void

/**
 * Calls `report` about twenty times over a run of `total` items (and never more often than every
 * 200 ms), so a long import reports its progress without a write per row. At each of those steps
 * it also yields to the event loop: SQLite's statements resolve synchronously, so without it a long
 * run holds the whole process (other requests, the progress polls) until it ends.
 */
export const progressTicker = (report: ProgressCallback | undefined, total: number) => {
  const step = Math.max(1, Math.ceil(total / 20))
  let last = 0
  return async (done: number) => {
    if (done === 0 || done % step !== 0) return
    await new Promise((resolve) => setImmediate(resolve))
    const now = Date.now()
    if (!report || now - last < 200) return
    last = now
    await report(done, total)
  }
}

export type WorkKind = 'mentions' | 'report' | 'social-metrics'
export type WorkStatus = 'done' | 'failed' | 'queued' | 'running'
export const WORK_SLUG = SLUGS.backgroundWork

type Id = number | string

/** Writes of the work record, outside any request's transaction (progress must be seen while the work runs). */
const write = (payload: Payload, id: Id, data: Record<string, unknown>) =>
  payload.update({ collection: WORK_SLUG, id, data: data, overrideAccess: true, depth: 0, context: { backgroundWork: true } })

/** A queued piece of long work, owned by the person who asked for it. */
export const createWork = async (payload: Payload, { kind, label, requestedBy }: { kind: WorkKind; label: string; requestedBy?: Id }) =>
  (await payload.create({
    collection: WORK_SLUG,
    data: { kind, label, status: 'queued', done: 0, total: 0, requestedBy } as never,
    overrideAccess: true,
    depth: 0,
  })) as unknown as { id: Id }

/**
 * Takes a queued piece of work for this run: a compare-and-set from `queued` to `running` (a
 * conditional UPDATE on the SQL adapters, findOneAndUpdate on MongoDB), so two runners of the same
 * job (a retry, a second runner) give one run. Returns whether this run took it.
 */
export const claimWork = async (payload: Payload, id: Id): Promise<boolean> => {
  const taken = await payload.db.updateOne({
    collection: WORK_SLUG,
    where: { and: [{ id: { equals: id } }, { status: { equals: 'queued' } }] },
    data: { status: 'running', startedAt: new Date().toISOString() },
  })
  return Boolean(taken)
}

/** The progress callback of a work record: stores `done` and `total` as the work goes. */
export const progressOf =
  (payload: Payload, id: Id): ProgressCallback =>
  async (done, total) => {
    await write(payload, id, { done, total })
  }

export const finishWork = (payload: Payload, id: Id, { total, result, summary }: { total: number; result: unknown; summary: string }) =>
  write(payload, id, { status: 'done', done: total, total, result, summary, finishedAt: new Date().toISOString() })

export const failWork = (payload: Payload, id: Id, error: unknown) =>
  write(payload, id, { status: 'failed', error: (error as Error)?.message ?? String(error), finishedAt: new Date().toISOString() })

/** The work record, read as the system (tasks). */
export const readWork = async (payload: Payload, id: Id) =>
  (await payload.findByID({ collection: WORK_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true })) as null | {
    id: Id
    status: WorkStatus
    kind: WorkKind
  }
