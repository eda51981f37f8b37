import path from 'node:path'
import { getPayload } from 'payload'

import fs from 'node:fs'
import os from 'node:os'

import { chooseDatabase, databaseAdapter, sqliteFilePath } from '../../dev/database.js'

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

  it('refuses any other scheme, naming the variable', () => {
    expect(() => chooseDatabase('postgres://localhost/db')).toThrow(/DATABASE_URI/)
  })

  it('the app config builds the MongoDB adapter for a mongodb:// URI (no server needed, none contacted)', async () => {
    process.env.DATABASE_URI = 'mongodb://127.0.0.1:9/pregonero-never-contacted'
    const { default: config } = await import('../../dev/payload.config.js')
    const payload = await getPayload({ config, disableDBConnect: true })
    expect(payload.db.name).toBe('mongoose')
    expect(payload.db.defaultIDType).toBe('text')
  })
})
