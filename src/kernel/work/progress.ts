import type { Payload, PayloadRequest } from 'payload'

import { type HeldLease, withLease } from '../jobs/lease.js'
import { readOnPrimaryIfReplicas } from '../sql/readOnPrimary.js'
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
 * Runs a piece of queued work under a LEASE (job-leases, key `background-work:<id>`): one runner
 * at a time does it (a retry or a second runner finds the lease held and returns `{ ran: false }`);
 * work already `done` or `failed` is never run again; `queued` becomes `running`. A runner that
 * dies keeps the lease until `ttlMs` runs out: then the work, still `running`, is taken again by
 * the next run of its job (the queue takes the job back after its own lease), which resumes from
 * what the work recorded (e.g. an import's checkpoint). `fn` renews the lease as it goes.
 */
export const runWork = async <T>(
  req: PayloadRequest,
  id: Id,
  ttlMs: number,
  fn: (work: WorkRecord, lease: HeldLease) => Promise<T>,
): Promise<{ ran: false } | { ran: true; value: T }> => {
  const outcome = await withLease(req, `background-work:${String(id)}`, ttlMs, async (lease) => {
    // On the primary: a lagging replica would not have the work just queued (its job would end
    // without running it), or would show `queued` a work already done (done twice).
    const work = await readOnPrimaryIfReplicas(req, (req) => readWork(req.payload, id, req))
    if (!work || work.status === 'done' || work.status === 'failed') return { ran: false as const }
    if (work.status === 'queued') await write(req.payload, id, { status: 'running', startedAt: new Date().toISOString() })
    return { ran: true as const, value: await fn({ ...work, status: 'running' }, lease) }
  })
  return outcome.ran ? outcome.value : { ran: false }
}

/** The progress callback of a work record: stores `done` and `total` as the work goes. */
export const progressOf =
  (payload: Payload, id: Id): ProgressCallback =>
  async (done, total) => {
    await write(payload, id, { done, total })
  }

export const finishWork = (payload: Payload, id: Id, { total, result, summary }: { total: number; result: unknown; summary: string }) =>
  write(payload, id, { status: 'done', done: total, total, result, summary, finishedAt: new Date().toISOString() })

/**
 * Marks the work failed with its reason, cut to 500 characters: a longer text is refused by the
 * field's validation, and a work whose failure cannot be written would stay `running` forever.
 */
export const failWork = (payload: Payload, id: Id, error: unknown) =>
  write(payload, id, { status: 'failed', error: String((error as Error)?.message ?? error).slice(0, 500), finishedAt: new Date().toISOString() })

/** The work record, read as the system (tasks). */
export const readWork = async (payload: Payload, id: Id, req?: PayloadRequest) =>
  (await payload.findByID({ collection: WORK_SLUG, id, depth: 0, overrideAccess: true, disableErrors: true, ...(req ? { req } : {}) })) as WorkRecord | null

export type WorkRecord = { id: Id; status: WorkStatus; kind: WorkKind; done?: null | number; total?: null | number; result?: unknown }

/**
 * Records progress inside `req`'s open transaction: a checkpoint that commits (or rolls back)
 * with the writes it describes, so what it says is always what the database holds.
 */
export const checkpointWork = (req: PayloadRequest, id: Id, data: { done: number; total: number; result: unknown }) =>
  req.payload.update({ collection: WORK_SLUG, id, data: data as Record<string, unknown>, req, overrideAccess: true, depth: 0, context: { backgroundWork: true } })
