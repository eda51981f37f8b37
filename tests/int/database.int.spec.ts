import path from 'node:path'
import { getPayload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'

import { chooseDatabase, databaseAdapter, sqliteFilePath } from '../../dev/database.js'
import { mongoTransactionOptions, transactionsOfMongoURI } from '../../src/platform/database/mongoTransactions.js'

describe('database selection (DATABASE_URI)', () => {
  it('uses the embedded SQLite file under data/ when DATABASE_URI is unset or blank', () => {
    for (const uri of [undefined, '', '   ']) {
      const choice = chooseDatabase(uri, '/srv/app')
      expect(choice).toEqual({ kind: 'sqlite', url: `file:${path.join('/srv/app', 'data', 'pregonero.db')}` })
    }
  })

  it('uses the given SQLite file for file: URIs', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db' })
    expect(chooseDatabase('file:./rel.db')).toEqual({ kind: 'sqlite', url: 'file:./rel.db' })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv://', () => {
    expect(chooseDatabase('mongodb://db.example:27017/pregonero').kind).toBe('mongodb')
    expect(chooseDatabase('mongodb+srv://cluster.example/pregonero').kind).toBe('mongodb')
  })

  it('reads the file of file: URLs and creates a missing folder (a fresh clone has no data/)', () => {
    expect(sqliteFilePath('file:/srv/x.db')).toBe('/srv/x.db')
    expect(sqliteFilePath('file:///srv/x.db')).toBe('/srv/x.db')
    expect(sqliteFilePath('file:rel/x.db')).toBe(path.resolve('rel/x.db'))
    const dir = path.join(os.tmpdir(), `pregonero-nodir-${process.pid}`, 'data')
    fs.rmSync(path.dirname(dir), { recursive: true, force: true })
    databaseAdapter({ kind: 'sqlite', url: `file:${path.join(dir, 'x.db')}` })
    expect(fs.existsSync(dir)).toBe(true)
    fs.rmSync(path.dirname(dir), { recursive: true, force: true })
  })

  it('uses PostgreSQL for postgres:// and postgresql://, with no read replicas unless DATABASE_READ_REPLICAS lists them', () => {
    expect(chooseDatabase('postgres://u:p@db.example:5432/pregonero')).toEqual({ kind: 'postgres', url: 'postgres://u:p@db.example:5432/pregonero', readReplicas: [] })
    expect(chooseDatabase('postgresql://db.example/pregonero', undefined, '').kind).toBe('postgres')
    expect(chooseDatabase(' postgres://db.example/pregonero ', undefined, ' ')).toEqual({ kind: 'postgres', url: 'postgres://db.example/pregonero', readReplicas: [] })
  })

  it('reads the read replicas of DATABASE_READ_REPLICAS (comma-separated, blanks ignored) for a PostgreSQL primary only', () => {
    expect(chooseDatabase('postgres://primary/pregonero', undefined, 'postgres://replica1/pregonero, postgresql://replica2/pregonero,')).toEqual({
      kind: 'postgres',
      url: 'postgres://primary/pregonero',
      readReplicas: ['postgres://replica1/pregonero', 'postgresql://replica2/pregonero'],
    })
    expect(() => chooseDatabase('postgres://primary/pregonero', undefined, 'mysql://replica/pregonero')).toThrow(/DATABASE_READ_REPLICAS.*mysql:/)
    expect(() => chooseDatabase('file:/tmp/x.db', undefined, 'postgres://replica/pregonero')).toThrow(/DATABASE_READ_REPLICAS/)
    expect(() => chooseDatabase(undefined, '/srv/app', 'postgres://replica/pregonero')).toThrow(/DATABASE_READ_REPLICAS/)
  })

  it('refuses any other scheme, naming the variable', () => {
    expect(() => chooseDatabase('mysql://localhost/db')).toThrow(/DATABASE_URI.*postgres:\/\//)
  })

  it('the app config builds the MongoDB adapter for a replica-set URI, with transactions on (no server needed, none contacted)', async () => {
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:9,127.0.0.1:10/pregonero-never-contacted?replicaSet=rs0'
    const { default: config } = await import('../../dev/payload.config.js')
    const payload = await getPayload({ config, disableDBConnect: true })
    expect(payload.db.name).toBe('mongoose')
    expect(payload.db.defaultIDType).toBe('text')
    expect((payload.db as unknown as { transactionOptions: unknown }).transactionOptions).toEqual({})
  })
})

describe('the PostgreSQL adapter (DATABASE_URI=postgres://…)', () => {
  it('is db-postgres with its own migrations folder and committed migrations, transactions on and the read replicas given (no server contacted)', () => {
    const adapter = databaseAdapter(chooseDatabase('postgres://u:p@127.0.0.1:9/never', undefined, 'postgres://127.0.0.1:10/never'))
    expect(adapter.name).toBe('postgres')
    const db = adapter.init({ payload: { config: { collections: [], globals: [] } } as never }) as unknown as {
      migrationDir: string
      prodMigrations: Array<{ name: string }>
      readReplicaOptions: string[]
      transactionOptions: unknown
      push: boolean
    }
    expect(db.migrationDir).toBe(path.resolve('dev', 'migrations-postgres'))
    expect(db.prodMigrations.length).toBeGreaterThan(0)
    expect(db.prodMigrations.map((m) => m.name)).toEqual(fs.readdirSync(db.migrationDir).filter((f) => /^\d.*\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, '')).sort())
    expect(db.readReplicaOptions).toEqual(['postgres://127.0.0.1:10/never'])
    expect(db.transactionOptions).toEqual({})
  })
})

describe('MongoDB never silently loses transactions (issue 13, item 12)', () => {
  it('a mongodb:// URI that cannot give transactions is refused when the adapter is chosen, naming the URI (without password), the fix and the opt-out', () => {
    for (const uri of ['mongodb://db.example:27017/pregonero', 'mongodb://admin:s3cret@db1.example,db2.example/pregonero?authSource=admin', 'mongodb://db.example/pregonero?replicaSet=']) {
      expect(transactionsOfMongoURI(uri)).toBeNull()
      let message = ''
      try {
        databaseAdapter(chooseDatabase(uri))
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/^DATABASE_URI: .*replicaSet.*mongodb\+srv:\/\/.*MONGODB_ALLOW_NO_TRANSACTIONS=true/)
      expect(message).not.toContain('s3cret')
    }
  })

  it('a replica set named in the URI (any letter case) or an SRV record gives transactions: no option changed', () => {
    expect(transactionsOfMongoURI('mongodb://db1,db2,db3/pregonero?replicaSet=rs0&w=majority')).toBe('replicaSet')
    expect(transactionsOfMongoURI('mongodb://db1/pregonero?authSource=admin&REPLICASET=rs0')).toBe('replicaSet')
    expect(transactionsOfMongoURI('mongodb+srv://cluster0.example.mongodb.net/pregonero')).toBe('srv')
    expect(mongoTransactionOptions('mongodb://db1/pregonero?replicaSet=rs0', {})).toEqual({})
    expect(mongoTransactionOptions('mongodb+srv://cluster0.example.mongodb.net/pregonero', {})).toEqual({})
    expect(() => databaseAdapter(chooseDatabase('mongodb://db1,db2/pregonero?replicaSet=rs0'))).not.toThrow()
  })

  it('the operator opts out explicitly: transactions are then off by configuration, not by surprise', () => {
    expect(mongoTransactionOptions('mongodb://db.example/pregonero', { MONGODB_ALLOW_NO_TRANSACTIONS: 'true' })).toEqual({ transactionOptions: false })
    expect(() => mongoTransactionOptions('mongodb://db.example/pregonero', { MONGODB_ALLOW_NO_TRANSACTIONS: 'yes' })).toThrow(/MONGODB_ALLOW_NO_TRANSACTIONS=true/)
    process.env.MONGODB_ALLOW_NO_TRANSACTIONS = 'true'
    try {
      expect(() => databaseAdapter(chooseDatabase('mongodb://db.example/pregonero'))).not.toThrow()
    } finally {
      delete process.env.MONGODB_ALLOW_NO_TRANSACTIONS
    }
  })
})
