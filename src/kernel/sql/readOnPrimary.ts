import type { PayloadRequest } from 'payload'

import { commitTransaction, initTransaction } from 'payload'

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
