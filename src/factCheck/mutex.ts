/**
 * A tiny in-process async mutex. Measured on this stack (db-sqlite 3.90.1 + libsql, IMMEDIATE
 * transactions): a second write transaction begun in the same process while one is open fails at
 * once with "cannot begin transaction: SQLITE_BUSY" (the busy timeout does not help: libsql hands
 * the connection to the transaction and opens a fresh one). Serializing this endpoint's
 * transactions in-process turns racing answers into clean 410s instead of 500s; across processes
 * (or on MongoDB) the compare-and-set on `usedAt` alone keeps the link single-use.
 */
export const createMutex = () => {
  let tail: Promise<unknown> = Promise.resolve()
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn)
    tail = run.catch(() => undefined)
    return run
  }
}

/** The one lock the fact-check endpoints share (issuing and answering links). */
export const factCheckLock = createMutex()
