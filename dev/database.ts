import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from './migrations/index.js'
import { migrations as postgresMigrations } from './migrations-postgres/index.js'
import { mongoTransactionOptions, requireMongoReplicaSet } from 'pregonero/platform'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..')

export type DatabaseChoice =
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string; readReplicas: string[] }
  | { kind: 'sqlite'; url: string }

/**
 * Which database a `DATABASE_URI` selects. Pure, so it is unit-tested on its own:
 * - unset or empty → the embedded SQLite file `data/pregonero.db`;
 * - `file:...` → that SQLite file;
 * - `mongodb://…?replicaSet=…` or `mongodb+srv://` → MongoDB (production; a URI that cannot give
 *   transactions is refused when the adapter is configured, see mongoTransactions.ts);
 * - `postgres://` or `postgresql://` → PostgreSQL, with the read replicas of `readReplicas`
 *   (`DATABASE_READ_REPLICAS`: comma-separated connection strings, blanks ignored). Replicas
 *   without a PostgreSQL primary are refused: nothing else would read them.
 */
export const chooseDatabase = (uri: string | undefined, cwd: string = root, readReplicas?: string): DatabaseChoice => {
  const value = uri?.trim()
  const replicas = (readReplicas ?? '').split(',').map((r) => r.trim()).filter(Boolean)
  const isPostgres = (v: string) => /^postgres(ql)?:\/\//i.test(v)
  if (value && isPostgres(value)) {
    const wrong = replicas.find((r) => !isPostgres(r))
    if (wrong) {
      throw new Error(`DATABASE_READ_REPLICAS: se esperaban URLs postgres:// (se recibió "${wrong.split(':')[0]}:")`)
    }
    return { kind: 'postgres', url: value, readReplicas: replicas }
  }
  if (replicas.length > 0) {
    throw new Error('DATABASE_READ_REPLICAS: solo con DATABASE_URI=postgres://…')
  }
  if (!value) return { kind: 'sqlite', url: `file:${path.join(cwd, 'data', 'pregonero.db')}` }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:')) return { kind: 'sqlite', url: value }
  throw new Error(
    // A process-level error (no reader, no request): the office's Spanish, one language.
    `DATABASE_URI: se esperaba file:..., postgres://, mongodb:// o mongodb+srv:// (se recibió "${value.split(':')[0]}:")`,
  )
}

/** The file of a `file:` URL (`file:rel.db`, `file:/abs.db`, `file:///abs.db`). */
export const sqliteFilePath = (url: string): string => path.resolve(url.replace(/^file:(\/\/(?=\/))?/, ''))

/**
 * The Payload adapter for a choice. SQLite applies the committed migrations on start in
 * production; its folder is created if missing (a fresh clone has no `data/`).
 */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj => {
  if (choice.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: choice.url },
      ...(choice.readReplicas.length > 0 ? { readReplicas: choice.readReplicas } : {}),
      // PostgreSQL has its own migrations (the SQL differs from SQLite's): dev/migrations-postgres.
      migrationDir: path.join(here, 'migrations-postgres'),
      push: process.env.PAYLOAD_DB_PUSH === 'true',
      prodMigrations: postgresMigrations,
      // On by default in db-postgres; said here because the audit trail depends on it.
      transactionOptions: {},
    })
  }
  if (choice.kind === 'sqlite') fs.mkdirSync(path.dirname(sqliteFilePath(choice.url)), { recursive: true })
  return choice.kind === 'mongodb'
    ? // Transactions or a clear refusal, never silently none (src/database/mongoTransactions.ts).
      mongooseAdapter({ url: choice.url, ...mongoTransactionOptions(choice.url), afterOpenConnection: requireMongoReplicaSet(choice.url) })
    : sqliteAdapter({
        client: { url: choice.url },
        migrationDir: path.join(here, 'migrations'),
        // The schema comes from the committed migrations everywhere (dev and production alike,
        // so one database file moves between them); only the tests push it, on throw-away files.
        push: process.env.PAYLOAD_DB_PUSH === 'true',
        prodMigrations: migrations,
        // Transactions are off by default in db-sqlite: the audit trail needs them (change and
        // event commit together). DEFERRED, not IMMEDIATE: Payload itself writes outside an open
        // transaction in places (forgotPassword's reservation), which IMMEDIATE would deadlock.
        transactionOptions: { behavior: 'deferred' },
        busyTimeout: 10_000,
        wal: true,
        // Ids are never reused after a delete (audit trail and codes refer to them).
        autoIncrement: true,
      })
}
