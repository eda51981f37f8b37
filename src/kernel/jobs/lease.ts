import type { Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { readOnPrimaryIfReplicas, readOnPrimaryInBackground } from '../sql/readOnPrimary.js'

const LEASES = 'job-leases' as 'users'

type Lease = { id: number | string; holder?: null | string; lockedUntil?: null | string }

/**
 * The leases this process holds now (key → holders), so that a shutdown can give them back at once
 * (releaseHeldLeases). On globalThis: a host's bundler may load this module more than once.
 */
const HELD = Symbol.for('pregonero.heldLeases')
const held = (): Map<string, Set<string>> => ((globalThis as Record<symbol, unknown>)[HELD] ??= new Map()) as Map<string, Set<string>>
const remember = (key: string, holder: string) => held().set(key, (held().get(key) ?? new Set()).add(holder))
const forget = (key: string, holder: string) => {
  const holders = held().get(key)
  holders?.delete(holder)
  if (holders && !holders.size) held().delete(key)
}

/**
 * On the primary (read replicas): a lagging replica would miss a lease made moments ago by another
 * runner (the unique insert fails and the job with it) or by this one (`renew` would throw
 * LeaseLost and `release` keep the lease until its time runs out: the work stopped, its job done).
 */
const findLease = async (req: PayloadRequest, key: string): Promise<Lease | null> =>
  readOnPrimaryIfReplicas(req, async (req) => {
    const { docs } = await req.payload.find({ collection: LEASES, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, req })
    return (docs[0] as unknown as Lease) ?? null
  })

/**
 * Takes the lease `key` for `ttlMs` if nobody holds it (or its holder's time ran out): a unique
 * insert the first time, then a compare-and-set (a conditional UPDATE on the SQL adapters,
 * findOneAndUpdate on MongoDB). Returns whether this caller holds it.
 */
const acquire = async (req: PayloadRequest, key: string, holder: string, ttlMs: number): Promise<boolean> => {
  const now = new Date()
  const lockedUntil = new Date(now.getTime() + ttlMs).toISOString()
  let lease = await findLease(req, key)
  if (!lease) {
    try {
      await req.payload.create({ collection: LEASES, data: { key, holder, lockedUntil } as never, depth: 0, overrideAccess: true, req })
      return true
    } catch (error) {
      // Unique key: another runner made it first.
      lease = await findLease(req, key)
      if (!lease) throw error
    }
  }
  const taken = await req.payload.db.updateOne({
    collection: LEASES,
    where: {
      and: [
        { id: { equals: lease.id } },
        { or: [{ lockedUntil: { exists: false } }, { lockedUntil: { less_than: now.toISOString() } }] },
      ],
    },
    data: { holder, lockedUntil },
    req,
  })
  return Boolean(taken)
}

const release = async (req: PayloadRequest, key: string, holder: string): Promise<void> => {
  const lease = await findLease(req, key)
  if (!lease) return
  await req.payload.db.updateOne({
    collection: LEASES,
    where: { and: [{ id: { equals: lease.id } }, { holder: { equals: holder } }] },
    data: { lockedUntil: null },
    req,
    returning: false,
  })
}

/** Thrown by `renew` when the lease ran out and another runner took it: this run must stop writing. */
export class LeaseLost extends Error {
  constructor(readonly key: string) {
    super(`lease ${key} was taken by another runner`)
  }
}

/** The lease a `withLease` run holds: `renew()` moves its end `ttlMs` from now (long runs call it as they go). */
export type HeldLease = { renew: () => Promise<void> }

const renew = async (req: PayloadRequest, key: string, holder: string, ttlMs: number): Promise<void> => {
  const lease = await findLease(req, key)
  const kept =
    lease &&
    (await req.payload.db.updateOne({
      collection: LEASES,
      where: { and: [{ id: { equals: lease.id } }, { holder: { equals: holder } }] },
      data: { lockedUntil: new Date(Date.now() + ttlMs).toISOString() },
      req,
    }))
  if (!kept) throw new LeaseLost(key)
}

/**
 * Runs `fn` only if this runner takes the lease `key`: two runners of the same job at once give
 * one result (the other returns `{ ran: false }` at once, its work being done by the holder). The
 * lease is released when `fn` ends; a holder that dies keeps it until `ttlMs` runs out (then another
 * runner may take it). A long `fn` keeps it with `lease.renew()`, which throws `LeaseLost` when
 * another runner took it meanwhile.
 * Pass a `req` without an open transaction (a job's), so that the lease commits at once.
 */
export const withLease = async <T>(
  req: PayloadRequest,
  key: string,
  ttlMs: number,
  fn: (lease: HeldLease) => Promise<T>,
): Promise<{ ran: false } | { ran: true; value: T }> => {
  const holder = randomUUID()
  if (!(await acquire(req, key, holder, ttlMs))) return { ran: false }
  remember(key, holder)
  try {
    return { ran: true, value: await fn({ renew: () => renew(req, key, holder, ttlMs) }) }
  } finally {
    forget(key, holder)
    await release(req, key, holder)
  }
}

/**
 * Makes every lease this process holds claimable again at once (its `lockedUntil` cleared, only
 * where this process is still the holder), instead of waiting for their time to run out: the
 * graceful shutdown's last step. Returns how many were released.
 */
export const releaseHeldLeases = async (payload: Payload): Promise<number> => {
  let released = 0
  for (const [key, holders] of [...held()]) {
    for (const holder of [...holders]) {
      // On the primary (read replicas): a lease taken moments ago would not be found and stay held.
      const { docs } = await readOnPrimaryInBackground(payload, (req) =>
        payload.find({ collection: LEASES, where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true, ...(req ? { req } : {}) }),
      )
      const lease = docs[0] as unknown as Lease | undefined
      const done =
        lease &&
        (await payload.db.updateOne({
          collection: LEASES,
          where: { and: [{ id: { equals: lease.id } }, { holder: { equals: holder } }] },
          data: { lockedUntil: null },
        }))
      forget(key, holder)
      if (done) released++
    }
  }
  return released
}
