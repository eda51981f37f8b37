import type { DatabaseAdapterObj } from 'payload'

type LibsqlClientLike = {
  transaction: (mode?: string) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
}

type TxAdapter = {
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  rollbackTransaction: (id: number | Promise<number | string> | string) => Promise<void>
  connect?: (...a: unknown[]) => Promise<void>
  client?: LibsqlClientLike
}

const isBusy = (error: unknown) => /SQLITE_BUSY|database is locked/i.test(String((error as Error)?.message ?? error))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Makes concurrent write transactions on SQLite queue instead of failing.
 *
 * Why (measured on Payload 3.90.1 / @libsql/client, local file): db-sqlite runs
 * `PRAGMA busy_timeout` once, at connect; but libsql hands its current connection to each
 * transaction and lazily opens a NEW connection for what follows, without the pragma. From the
 * second transaction on, a `BEGIN IMMEDIATE` meeting another writer fails at once
 * (SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT), so two concurrent transitions, or a job running while a
 * request is saved, fail instead of waiting.
 *
 * What: (1) write transactions of this process take turns through an in-process FIFO lock held
 * from begin to commit/rollback (SQLite allows one writer anyway; this only makes the wait
 * orderly), bounded by `busyTimeoutMs`; (2) a BUSY at BEGIN (another process) is retried with
 * backoff, and the per-connection pragmas are re-applied to the connection libsql opens next.
 */
export const withSqliteBusyRetry = (adapter: DatabaseAdapterObj, busyTimeoutMs: number, pragmas: string[]): DatabaseAdapterObj => {
  const init = adapter.init
  return {
    ...adapter,
    init: (args) => {
      const instance = init(args) as ReturnType<typeof init> & TxAdapter
      serialiseTransactions(instance, busyTimeoutMs)
      const connect = instance.connect
      if (typeof connect !== 'function') return instance
      instance.connect = async function (this: TxAdapter, ...rest: unknown[]) {
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

const serialiseTransactions = (instance: TxAdapter, timeoutMs: number) => {
  const begin = instance.beginTransaction
  const commit = instance.commitTransaction
  const rollback = instance.rollbackTransaction
  if (typeof begin !== 'function') return
  const waiters: Array<() => void> = []
  let holder: null | string = null
  const acquire = () =>
    new Promise<void>((resolve, reject) => {
      if (holder === null) {
        holder = 'pending'
        resolve()
        return
      }
      const entry = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(() => {
        const index = waiters.indexOf(entry)
        if (index >= 0) waiters.splice(index, 1)
        reject(new Error(`SQLITE_BUSY: database is locked (waited ${timeoutMs} ms for the write transaction in progress)`))
      }, timeoutMs)
      waiters.push(entry)
    })
  const release = () => {
    const next = waiters.shift()
    if (next) {
      holder = 'pending'
      next()
    } else holder = null
  }
  instance.beginTransaction = async function (this: TxAdapter, options?: unknown) {
    await acquire()
    try {
      const id = await begin.call(this, options)
      if (id === null || id === undefined) {
        release()
        return id
      }
      holder = String(id)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  const finish = (fn: TxAdapter['commitTransaction']) =>
    async function (this: TxAdapter, id: number | Promise<number | string> | string) {
      const resolved = String(await id)
      try {
        await fn.call(this, id)
      } finally {
        if (holder === resolved) release()
      }
    }
  instance.commitTransaction = finish(commit)
  instance.rollbackTransaction = finish(rollback)
}
