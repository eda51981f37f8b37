import type { Payload } from 'payload'

type Statement = string | { sql: string; args?: unknown }
type LibsqlTransaction = {
  execute: (stmt: Statement, args?: unknown) => Promise<unknown>
  batch: (stmts: Statement[]) => Promise<unknown>
  commit: () => Promise<void>
  rollback: () => Promise<void>
  close: () => void
}
type LibsqlClient = {
  execute: (stmt: Statement, args?: unknown) => Promise<unknown>
  batch?: (stmts: Statement[], mode?: string) => Promise<unknown>
  transaction: (mode?: string) => Promise<LibsqlTransaction>
  __pregoneroTuned?: boolean
}

/** libsql's names for SQLite's BEGIN modes. */
const LIBSQL_MODE = { deferred: 'deferred', immediate: 'write', exclusive: 'write' } as const

const WRITE = /^\s*(insert|update|delete|replace|create|drop|alter)\b/i
const sqlOf = (stmt: Statement) => (typeof stmt === 'string' ? stmt : stmt.sql)

/**
 * Makes SQLite transactions work under concurrency inside one Node process (db-sqlite 3.90 with
 * libsql). No-op on every other adapter. Three facts, measured here:
 * 1. libsql runs statements synchronously: a statement waiting on busy_timeout blocks the event
 *    loop, so the transaction holding the lock can never commit — two transactions of the same
 *    process that contend simply fail ("database is locked") after freezing the process.
 *    → Transactions of this process run one at a time (an async queue), and a plain write
 *    statement waits while a transaction of ours is under way. Reads never wait (WAL).
 *    busy_timeout still arbitrates between processes (app, job runner, seed).
 * 2. drizzle calls `client.transaction()` without a mode, so libsql opens every transaction with
 *    BEGIN IMMEDIATE, ignoring `transactionOptions.behavior`; Payload writes outside its own open
 *    transaction in places (forgotPassword's reservation), which IMMEDIATE deadlocks. → The
 *    configured behaviour (default DEFERRED) is passed.
 * 3. libsql hands its connection to each transaction and opens a fresh one for the next
 *    statement, but db-sqlite sets the per-connection `busy_timeout` once at connect. → The pragma
 *    is applied to every new connection.
 * A waiter gives up after the busy timeout and lets SQLite answer, so a forgotten `req` in nested
 * Local API calls shows up as a "database is locked" error, never as a hang.
 */
export const tuneSqliteTransactions = (payload: Payload): void => {
  const db = payload.db as unknown as {
    name: string
    client?: LibsqlClient
    busyTimeout?: number
    transactionOptions?: { behavior?: keyof typeof LIBSQL_MODE } | false
  }
  const client = db.client
  if (db.name !== 'sqlite' || !client || client.__pregoneroTuned) return
  client.__pregoneroTuned = true

  const mode = LIBSQL_MODE[(db.transactionOptions && db.transactionOptions.behavior) || 'deferred']
  const timeout = db.busyTimeout ?? 0
  const pragma = `PRAGMA busy_timeout = ${timeout}`
  const execute = client.execute.bind(client)
  const batch = client.batch?.bind(client)
  const transaction = client.transaction.bind(client)

  let stale = false // the client's next connection lacks busy_timeout
  let queue: Promise<void> = Promise.resolve() // one transaction at a time
  let writing: null | Promise<void> = null // settles when the writing transaction ends
  let endWriting = () => {}

  const refresh = async () => {
    if (!stale || timeout <= 0) return
    stale = false
    await execute(pragma)
  }
  // The timer is not unref'd on purpose: a script (seed, migration) whose only pending work is a
  // waiting transaction must not exit silently with code 0 while it waits.
  const withinTimeout = async (promise: Promise<void>) => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), Math.max(timeout, 1000))))
    const outcome = await Promise.race([promise.then(() => 'done' as const), expired])
    clearTimeout(timer)
    if (outcome === 'expired') {
      payload.logger.warn('[sqlite] a write waited the whole busy timeout for another transaction of this process; going on')
    }
  }

  client.transaction = async (requested?: string) => {
    let release = () => {}
    const turn = queue
    queue = new Promise<void>((resolve) => (release = resolve))
    await withinTimeout(turn)
    await refresh()
    let tx: LibsqlTransaction
    try {
      tx = await transaction(requested ?? mode)
    } catch (error) {
      release()
      throw error
    }
    stale = true
    if (timeout > 0) await tx.execute(pragma)

    let done = false
    const finish = () => {
      if (done) return
      done = true
      if (writing) endWriting()
      writing = null
      release()
    }
    // From its first statement (a read takes a WAL snapshot) the transaction is busy: a plain write
    // committed meanwhile would make its later write fail at once (SQLITE_BUSY_SNAPSHOT). Before its
    // first statement, plain writes pass (Payload's forgotPassword writes so inside its own transaction).
    const markStarted = (_stmt: Statement) => {
      if (!writing) writing = new Promise<void>((resolve) => (endWriting = resolve))
    }
    const txExecute = tx.execute.bind(tx)
    const txBatch = tx.batch.bind(tx)
    const commit = tx.commit.bind(tx)
    const rollback = tx.rollback.bind(tx)
    const close = tx.close.bind(tx)
    tx.execute = (stmt, args) => {
      markStarted(stmt)
      return txExecute(stmt, args)
    }
    tx.batch = (stmts) => {
      stmts.forEach(markStarted)
      return txBatch(stmts)
    }
    tx.commit = async () => {
      try {
        await commit()
      } finally {
        finish()
      }
    }
    tx.rollback = async () => {
      try {
        await rollback()
      } finally {
        finish()
      }
    }
    tx.close = () => {
      try {
        close()
      } finally {
        finish()
      }
    }
    return tx
  }

  const waitIfWrite = async (stmts: Statement[]) => {
    if (writing && stmts.some((stmt) => WRITE.test(sqlOf(stmt)))) await withinTimeout(writing)
  }
  client.execute = async (stmt, args) => {
    await waitIfWrite([stmt])
    await refresh()
    return execute(stmt, args)
  }
  if (batch) {
    client.batch = async (stmts, batchMode) => {
      await waitIfWrite(stmts)
      await refresh()
      return batch(stmts, batchMode)
    }
  }
}
