import type { DatabaseAdapterObj } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { migrations } from './migrations/index.js'
import { withSqliteBusyRetry } from './utilities/sqliteBusy.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type DatabaseChoice = { kind: 'mongodb'; url: string } | { kind: 'sqlite'; url: string }

/**
 * Which database a `DATABASE_URI` selects. Pure, so it is unit-tested on its own:
 * - unset or empty → the embedded SQLite file `data/pregonero.db`;
 * - `file:...` → that SQLite file;
 * - `mongodb://` or `mongodb+srv://` → MongoDB (production).
 */
export const chooseDatabase = (uri: string | undefined, cwd: string = root): DatabaseChoice => {
  const value = uri?.trim()
  if (!value) return { kind: 'sqlite', url: `file:${path.join(cwd, 'data', 'pregonero.db')}` }
  if (value.startsWith('mongodb://') || value.startsWith('mongodb+srv://')) return { kind: 'mongodb', url: value }
  if (value.startsWith('file:')) return { kind: 'sqlite', url: value }
  throw new Error(
    `DATABASE_URI: se esperaba file:..., mongodb:// o mongodb+srv:// / expected file:..., mongodb:// or mongodb+srv:// (got "${value.split(':')[0]}:")`,
  )
}

/** The Payload adapter for a choice. SQLite applies the committed migrations on start in production. */
export const databaseAdapter = (choice: DatabaseChoice): DatabaseAdapterObj =>
  choice.kind === 'mongodb'
    ? mongooseAdapter({ url: choice.url })
    : // Concurrent write transactions queue instead of failing at BEGIN (see utilities/sqliteBusy.ts).
      withSqliteBusyRetry(sqliteAdapter({
        client: { url: choice.url },
        migrationDir: path.join(root, 'src', 'migrations'),
        prodMigrations: migrations,
        // Transactions are off by default in db-sqlite: the audit trail needs them (change and
        // event commit together). IMMEDIATE takes the write lock up front, so concurrent
        // transitions queue on busyTimeout instead of failing a lock upgrade midway.
        transactionOptions: { behavior: 'immediate' },
        busyTimeout: 10_000,
        wal: true,
        // Ids are never reused after a delete (audit trail and codes refer to them).
        autoIncrement: true,
      }), 10_000, ['PRAGMA busy_timeout = 10000;', 'PRAGMA synchronous = NORMAL;'])
