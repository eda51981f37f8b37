import type { DatabaseAdapterObj } from 'payload'

type LibsqlClientLike = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
}

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Makes concurrent write transactions on SQLite queue instead of failing.
 *
 * Why: `@libsql/client` (local file) hands its current connection to each transaction and lazily
 * opens a NEW connection for what follows, without re-applying `PRAGMA busy_timeout` (db-sqlite
 * runs it once, at connect). From the second transaction on, a `BEGIN IMMEDIATE` that meets
 * another writer fails at once with SQLITE_BUSY, so two concurrent transitions (or a job running
 * while a request is saved) fail instead of waiting. Measured on 3.90.1 (libsql client 0.15).
 *
 * What: the client's `transaction()` retries a BUSY begin with jittered backoff up to
 * `busyTimeoutMs` (nothing has run yet, so a retry is safe), and re-applies the per-connection
 * pragmas to the connection opened next. Only the BEGIN is retried.
 */
export const withSqliteBusyRetry = (adapter: DatabaseAdapterObj, busyTimeoutMs: number, pragmas: string[]): DatabaseAdapterObj => {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const instance = init(args) as ReturnType<typeof init> & { connect?: (...a: unknown[]) => Promise<void>; client?: LibsqlClientLike }
      const connect = instance.connect
      if (typeof connect !== 'function') return instance
      instance.connect = async function (this: typeof instance, ...rest: unknown[]) {
        await connect.apply(this, rest)
        const client = this.client
        if (!client || (client as { __busyRetry?: boolean }).__busyRetry) return
        const begin = client.transaction.bind(client)
        client.transaction = async (mode?: string) => {
          const started = Date.now()
          let wait = 2
          for (;;) {
            try {
              const tx = await begin(mode)
              // The client now opens a fresh connection on next use: give it the pragmas.
              for (const pragma of pragmas) await client.execute(pragma).catch(() => undefined)
              return tx
            } catch (error) {
              if (!isBusy(error) || Date.now() - started > busyTimeoutMs) throw error
              await sleep(wait + Math.random() * wait)
              wait = Math.min(wait * 2, 50)
            }
          }
        }
        ;(client as { __busyRetry?: boolean }).__busyRetry = true
      }
      return instance
    },
  }
}
