/**
 * A tiny in-process async mutex. The embedded SQLite adapter runs statements synchronously on the
 * event loop: a second write transaction opened in the same process while one is pending waits on
 * SQLite's busy timeout with the event loop blocked, so the first can never finish (10 s, then
 * SQLITE_BUSY). Serializing this endpoint's transactions in-process avoids that; across processes
 * (or on MongoDB) the database's own locking and the compare-and-set keep single use.
 */
export const createMutex = () => {
  let tail: Promise<unknown> = Promise.resolve()
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn)
    tail = run.catch(() => undefined)
    return run
  }
}
