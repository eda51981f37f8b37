import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

/**
 * Runs `read` with `req` inside a transaction: on PostgreSQL with read replicas, a read outside a
 * transaction may go to a replica that has not replayed a recent write yet (made by another
 * instance, or more than `readReplicasAfterWriteInterval` ago), and a decision taken on it is stale.
 * Inside the request's transaction when it has one; otherwise a short one of its own, committed
 * before returning (req leaves as it came: no transaction). Any adapter: a read-only transaction.
 */
export const readOnPrimary = async <T>(req: PayloadRequest, read: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const own = await initTransaction(req)
  try {
    return await read(req)
  } finally {
    if (own) await commitTransaction(req)
  }
}

/** Whether the adapter sends reads to read replicas (db-postgres / db-vercel-postgres `readReplicas`). */
export const hasReadReplicas = (payload: Payload): boolean =>
  ((payload.db as unknown as { drizzle?: { $replicas?: unknown[] } }).drizzle?.$replicas?.length ?? 0) > 0

/**
 * `read` on the primary for a background task (no request of its own): in a short transaction
 * only when the adapter has read replicas; elsewhere every read is the primary's already, and on
 * SQLite a transaction would only queue behind the writers.
 */
export const readOnPrimaryInBackground = async <T>(payload: Payload, read: (req?: PayloadRequest) => Promise<T>): Promise<T> =>
  hasReadReplicas(payload) ? readOnPrimary(await createLocalReq({}, payload), read) : read()

/**
 * `read` on the primary with `req` (a job's: Payload runs task handlers without a transaction): in
 * `req`'s transaction, or a short one, only when the adapter has read replicas; elsewhere `req`'s
 * reads are the primary's already and on SQLite a transaction would only queue behind the writers.
 * For a job's decisions: "is it done already?", "is the alert open?", "does the lease exist?".
 */
export const readOnPrimaryIfReplicas = async <T>(req: PayloadRequest, read: (req: PayloadRequest) => Promise<T>): Promise<T> =>
  hasReadReplicas(req.payload) ? readOnPrimary(req, read) : read(req)
