import type { Payload } from 'payload'

import { readOnPrimaryInBackground } from '../../kernel/sql/readOnPrimary.js'
import { claimJobs, type ClaimOptions, isClaim, type UpdateJobsArgs } from './claim.js'

const JOBS = 'payload-jobs'
type Id = number | string

/** What one Payload instance's job runners hold, and whether they still take work. */
export type JobRunnerState = {
  /** Jobs this process claimed and has not seen finish. */
  held: Set<Id>
  /** Set by the graceful shutdown: no new claims. */
  stopping: boolean
  leaseMs: number
  lastReap: number
  heartbeat?: NodeJS.Timeout
}

const STATES = Symbol.for('pregonero.jobRunnerStates')
const states = (): WeakMap<Payload, JobRunnerState> =>
  ((globalThis as Record<symbol, unknown>)[STATES] ??= new WeakMap()) as WeakMap<Payload, JobRunnerState>

export const jobRunnerState = (payload: Payload): JobRunnerState | undefined => states().get(payload)

const keyOf = (id: Id) => String(id)

/**
 * Renews the lease of the jobs this process runs: their `updatedAt` moves to now, only where they
 * are still `processing` (jobs that finished drop out of `held`).
 */
export const renewLeases = async (payload: Payload, state: JobRunnerState): Promise<number> => {
  const ids = [...state.held]
  if (!ids.length) return 0
  const { docs } = await payload.db.find({
    collection: JOBS,
    where: { and: [{ id: { in: ids } }, { processing: { equals: true } }] },
    limit: 0,
    pagination: false,
    select: { processing: true },
  })
  const alive = new Set(docs.map((doc) => keyOf((doc as { id: Id }).id)))
  for (const id of ids) if (!alive.has(keyOf(id))) state.held.delete(id)
  if (!alive.size) return 0
  await payload.db.updateMany({
    collection: JOBS,
    where: { and: [{ id: { in: [...state.held] } }, { processing: { equals: true } }] },
    data: { updatedAt: new Date().toISOString() },
    // Nothing read back: a job finishing (deleted) between the search and the write is no error.
    returning: false,
  })
  return alive.size
}

/**
 * Takes back the jobs left `processing` whose lease ran out (no renewal for `leaseMs`: their runner
 * died — SIGKILL, a crash, a lost machine): a compare-and-set per job (`processing` and the old
 * `updatedAt` re-checked), so one instance takes each back, and Payload's next claim runs it.
 */
export const reapExpiredJobs = async (payload: Payload, state: JobRunnerState): Promise<Id[]> => {
  const now = Date.now()
  const threshold = new Date(now - state.leaseMs).toISOString()
  // On the primary: a replica that lags would hide a dead runner's job for as long as it lags.
  const { docs } = await readOnPrimaryInBackground(payload, (req) =>
    payload.db.find({
      collection: JOBS,
      where: { and: [{ processing: { equals: true } }, { completedAt: { exists: false } }, { updatedAt: { less_than: threshold } }] },
      limit: 100,
      pagination: false,
      select: { processing: true },
      req,
    }),
  )
  const reaped: Id[] = []
  for (const doc of docs as Array<{ id: Id }>) {
    if (state.held.has(doc.id)) continue
    const taken = await payload.db.updateOne({
      collection: JOBS,
      where: { and: [{ id: { equals: doc.id } }, { processing: { equals: true } }, { updatedAt: { less_than: threshold } }] },
      data: { processing: false, updatedAt: new Date(now).toISOString() },
      options: { atomic: true },
    })
    if (taken) reaped.push(doc.id)
  }
  if (reaped.length) payload.logger.warn({ msg: `Jobs: ${reaped.length} job(s) left processing by a dead runner taken back after their lease (${reaped.join(', ')})` })
  return reaped
}

const startHeartbeat = (payload: Payload, state: JobRunnerState) => {
  if (state.heartbeat) return
  state.heartbeat = setInterval(
    () => {
      renewLeases(payload, state)
        .then((left) => {
          if (!left && !state.held.size && state.heartbeat) {
            clearInterval(state.heartbeat)
            state.heartbeat = undefined
          }
        })
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Jobs: renewing the job leases failed' }))
    },
    Math.max(500, Math.floor(state.leaseMs / 3)),
  )
  state.heartbeat.unref()
}

/**
 * Installs the platform's job claiming on `payload.db.updateJobs` (every runner of this process goes
 * through it: the autoRun crons, `/api/payload-jobs/run`, `payload jobs:run`, `payload.jobs.run()`):
 * - Payload's claim becomes atomic (claim.ts);
 * - the claimed jobs are leased (renewed while they run) and jobs whose lease ran out are taken back
 *   before each claim;
 * - once the graceful shutdown set `stopping`, nothing new is claimed.
 * Every other call goes to the adapter unchanged. Idempotent.
 */
export const installJobClaim = (payload: Payload, { leaseMs, ...claimOptions }: { leaseMs: number } & ClaimOptions): JobRunnerState => {
  const existing = states().get(payload)
  if (existing) return existing
  const state: JobRunnerState = { held: new Set(), stopping: false, leaseMs, lastReap: 0 }
  states().set(payload, state)
  const db = payload.db as unknown as { updateJobs: (args: UpdateJobsArgs) => Promise<unknown> }
  const original = db.updateJobs.bind(payload.db)
  db.updateJobs = async (args: UpdateJobsArgs) => {
    if (!isClaim(args)) {
      // A job Payload marks done (or hands back) is no longer ours to renew; one run by its id is.
      if (args.id !== undefined && args.data?.processing === false) state.held.delete(args.id)
      if (args.id !== undefined && args.data?.processing === true) {
        // runByID's claim: Payload flips the job whatever its state; only a free job is taken here.
        if (state.stopping) return []
        const jobs = await claimJobs(payload, { ...args, id: undefined, limit: 1, where: { and: [{ id: { equals: args.id } }, { processing: { equals: false } }] } }, claimOptions)
        for (const job of jobs) state.held.add(job.id)
        if (jobs.length) startHeartbeat(payload, state)
        return args.returning === false ? null : jobs
      }
      return original(args)
    }
    if (state.stopping) return []
    if (Date.now() - state.lastReap >= Math.min(state.leaseMs / 3, 10_000)) {
      state.lastReap = Date.now()
      await reapExpiredJobs(payload, state).catch((error: unknown) => payload.logger.error({ err: error, msg: 'Jobs: taking back expired jobs failed' }))
    }
    const jobs = await claimJobs(payload, args, claimOptions)
    for (const job of jobs) state.held.add(job.id)
    if (jobs.length) startHeartbeat(payload, state)
    return args.returning === false ? null : jobs
  }
  return state
}

/**
 * The graceful shutdown's part: stop claiming; after the running batches had their time, hand the
 * jobs this process still holds back to the queue at once (`processing: false`, only where still
 * processing), instead of waiting for their lease to run out. Returns how many were handed back.
 */
export const stopClaiming = (payload: Payload): void => {
  const state = states().get(payload)
  if (state) state.stopping = true
}

export const releaseHeldJobs = async (payload: Payload): Promise<number> => {
  const state = states().get(payload)
  if (!state) return 0
  if (state.heartbeat) clearInterval(state.heartbeat)
  state.heartbeat = undefined
  let released = 0
  for (const id of [...state.held]) {
    const done = await payload.db.updateOne({
      collection: JOBS,
      where: { and: [{ id: { equals: id } }, { processing: { equals: true } }] },
      data: { processing: false, updatedAt: new Date().toISOString() },
      options: { atomic: true },
    })
    state.held.delete(id)
    if (done) released++
  }
  return released
}
