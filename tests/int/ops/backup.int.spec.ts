import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeDepartment, makeUser } from '../../helpers/fixtures.js'
import { startS3Server } from '../../helpers/s3Server.js'
import { runScript } from './runScript.js'

jest.setTimeout(180_000)

const hashes = async (dir: string): Promise<Record<string, string>> => {
  const out: Record<string, string> = {}
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    out[path.relative(dir, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex')
  }
  return out
}

const run = (script: string, args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [path.resolve('scripts', script), ...args], { env: { ...process.env, ...env }, encoding: 'utf8' })

/** The script without blocking this process (the s3rver of the test answers from it). */
const runAsync = runScript

/** scripts/backup.mjs and scripts/restore.mjs (issue 16, item 4): the round trip on the SQLite default, with the media folder and with an S3 bucket. */
describe('backup and restore (SQLite)', () => {
  let app: Booted
  let payload: Payload
  let backupDir: string

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    backupDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-backup-'))
  }, 240_000)
  afterAll(async () => {
    await fs.rm(app.dir, { recursive: true, force: true })
    await fs.rm(backupDir, { recursive: true, force: true })
  })

  it('backs up while the app runs, restores after a wipe, and reads back the same documents and files', async () => {
    const department = await makeDepartment(payload, 'BKP', 'Dependencia de respaldo')
    const user = await makeUser(payload, ['editor'], { email: 'respaldo@test.local', department: department.id })
    const media = process.env.PREGONERO_MEDIA_DIR!
    await fs.mkdir(path.join(media, 'sub'), { recursive: true })
    await fs.writeFile(path.join(media, 'foto.jpg'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256)))
    await fs.writeFile(path.join(media, 'sub', 'acta.pdf'), '%PDF-1.4 respaldo')
    const filesBefore = await hashes(media)
    const env = { DATABASE_URI: process.env.DATABASE_URI!, PREGONERO_MEDIA_DIR: media }
    const out = path.join(backupDir, 'b1')

    // Online: Payload still has the database open.
    const backup = run('backup.mjs', ['--out', out], env)
    expect(backup.stderr).toBe('')
    expect(backup.status).toBe(0)
    const manifest = JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest.database.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(manifest).toMatchObject({ format: 'pregonero-backup', database: { kind: 'sqlite', file: 'database.sqlite' }, media: { kind: 'folder', file: 'media.tar' } })

    // A write after the backup is not in it.
    await makeDepartment(payload, 'LATE', 'Después del respaldo')

    // Wipe: the app stops, its database and media are gone.
    await payload.destroy()
    const dbFile = process.env.DATABASE_URI!.replace(/^file:/, '')
    for (const file of await fs.readdir(app.dir)) if (file.startsWith('test.db')) await fs.rm(path.join(app.dir, file))
    await fs.rm(media, { recursive: true, force: true })

    const restore = run('restore.mjs', ['--from', out], env)
    expect(restore.stderr).toBe('')
    expect(restore.status).toBe(0)

    expect(await hashes(media)).toEqual(filesBefore)
    const client = createClient({ url: `file:${dbFile}` })
    try {
      const departments = (await client.execute('SELECT id, code, name FROM departments ORDER BY id')).rows.map((row) => ({ ...row }))
      expect(departments).toEqual([{ id: department.id, code: 'BKP', name: 'Dependencia de respaldo' }])
      const users = (await client.execute({ sql: 'SELECT id, email, department_id FROM users WHERE email = ?', args: ['respaldo@test.local'] })).rows.map((row) => ({ ...row }))
      expect(users).toEqual([{ id: user.id, email: 'respaldo@test.local', department_id: department.id }])
    } finally {
      client.close()
    }

    // A second restore over the existing database needs --force; a damaged backup is refused.
    const refused = run('restore.mjs', ['--from', out], env)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('--force')
    await fs.appendFile(path.join(out, 'media.tar'), 'x')
    const damaged = run('restore.mjs', ['--from', out, '--force'], env)
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toContain('SHA-256')
  })

  it('SQLite with an S3 bucket: the copy and every object, restored into another file, bucket and prefix', async () => {
    const source = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-backup-s3-'))
    const from = await startS3Server('pregonero-from')
    const to = await startS3Server('pregonero-to')
    try {
      const dbFile = path.join(source, 'app.db')
      const db = createClient({ url: `file:${dbFile}` })
      await db.execute('CREATE TABLE departments (id INTEGER PRIMARY KEY, code TEXT NOT NULL)')
      await db.execute("INSERT INTO departments (code) VALUES ('CUL'), ('SEC')")
      db.close()
      // The master is above the part size the restore is given (5 MiB): it goes back by multipart upload.
      const master = Buffer.alloc(12 * 1024 * 1024)
      for (let i = 0; i < master.length; i += 4096) master.writeUInt32BE(i, i)
      const objects = { 'archive/foto.jpg': Buffer.from(Array.from({ length: 7000 }, (_, i) => (i * 31) % 256)), 'brand/logo.png': Buffer.from('logo'), 'archive/copia.jpg': Buffer.from('logo'), 'archive/master.jpg': master }
      const client = new S3Client({ region: 'us-east-1', endpoint: from.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
      for (const [key, body] of Object.entries(objects)) await client.send(new PutObjectCommand({ Bucket: from.bucket, Key: `oficina/${key}`, Body: body, ContentType: 'image/jpeg' }))
      const quiet = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
      const out = path.join(source, 'backup')

      const backup = await runAsync('backup.mjs', ['--out', out], { ...quiet, ...from.env, PREGONERO_S3_PREFIX: 'oficina', DATABASE_URI: `file:${dbFile}` })
      expect(backup.stderr).toBe('')
      expect(backup.status).toBe(0)
      const manifest = JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'))
      expect(manifest).toMatchObject({ database: { kind: 'sqlite' }, media: { kind: 's3', bucket: 'pregonero-from', prefix: 'oficina/' } })
      expect(manifest.media.objects.map((o: { key: string }) => o.key)).toEqual(Object.keys(objects).sort())

      const restoredFile = path.join(source, 'restored.db')
      const restore = await runAsync('restore.mjs', ['--from', out], { ...quiet, ...to.env, PREGONERO_S3_MULTIPART_MB: '5', DATABASE_URI: `file:${restoredFile}` })
      expect(restore.stderr).toBe('')
      expect(restore.status).toBe(0)
      const target = new S3Client({ region: 'us-east-1', endpoint: to.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
      for (const [key, body] of Object.entries(objects)) {
        const object = await target.send(new GetObjectCommand({ Bucket: to.bucket, Key: key }))
        expect(Buffer.from(await object.Body!.transformToByteArray()).equals(body)).toBe(true)
        expect(object.ContentType).toBe('image/jpeg')
      }
      // The master went up in three parts (12 MiB in parts of 5 MiB), the others in one PUT each.
      const partUploads = to.calls.filter((call) => call.startsWith(`PUT /${to.bucket}/archive/master.jpg?`) && call.includes('partNumber='))
      expect(partUploads.map((call) => /partNumber=(\d+)/.exec(call)![1]).sort()).toEqual(['1', '2', '3'])
      expect(to.calls.filter((call) => call.startsWith(`PUT /${to.bucket}/`) && !call.includes('partNumber=')).map((call) => call.split('?')[0]).sort()).toEqual(
        ['archive/copia.jpg', 'archive/foto.jpg', 'brand/logo.png'].map((key) => `PUT /${to.bucket}/${key}`),
      )
      const restored = createClient({ url: `file:${restoredFile}` })
      try {
        expect((await restored.execute('SELECT code FROM departments ORDER BY id')).rows.map((row) => row.code)).toEqual(['CUL', 'SEC'])
      } finally {
        restored.close()
      }
    } finally {
      await from.stop()
      await to.stop()
      await fs.rm(source, { recursive: true, force: true })
    }
  })
})
