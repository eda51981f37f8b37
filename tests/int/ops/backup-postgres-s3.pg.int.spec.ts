import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { createDatabase, databaseUrl, dropDatabase, pgAdminUrl, scratchName } from '../../../scripts/pgDatabase.mjs'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { type S3Server, startS3Server } from '../../helpers/s3Server.js'
import { assetData, fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'
import { runScript, type ScriptRun } from './runScript.js'

jest.setTimeout(300_000)

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

type Run = ScriptRun
const run = runScript

const clientOf = (server: S3Server) =>
  new S3Client({ region: 'us-east-1', endpoint: server.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })

/** key → SHA-256 of every object in the server's bucket (under `prefix`), read over S3. */
const bucketHashes = async (server: S3Server, prefix = ''): Promise<Record<string, string>> => {
  const client = clientOf(server)
  const out: Record<string, string> = {}
  const page = await client.send(new ListObjectsV2Command({ Bucket: server.bucket, Prefix: prefix || undefined }))
  for (const item of page.Contents ?? []) {
    const object = await client.send(new GetObjectCommand({ Bucket: server.bucket, Key: item.Key! }))
    out[item.Key!.slice(prefix.length)] = sha256(Buffer.from(await object.Body!.transformToByteArray()))
  }
  return out
}

const query = async (uri: string, sql: string): Promise<Record<string, unknown>[]> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

const tableCount = async (uri: string) =>
  Number((await query(uri, "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema')"))[0]!.n)

/**
 * scripts/backup.mjs and scripts/restore.mjs on PostgreSQL (pg_dump/pg_restore) and an S3-compatible
 * bucket (s3rver): the round trip through a wipe, a tampered backup refused before anything is
 * touched, --force over a live database, and a restore into another bucket and prefix; then
 * PostgreSQL with the media folder (issue 16, item 4).
 */
describe('backup and restore (PostgreSQL + S3 bucket)', () => {
  let s3: S3Server
  let other: S3Server
  let app: Booted
  let payload: Payload
  let backupDir: string
  let dbUri: string
  let dbName: string
  let appClosed = false
  const scratch: string[] = []

  beforeAll(async () => {
    s3 = await startS3Server()
    other = await startS3Server('pregonero-other')
    app = await bootPayload(s3.env)
    payload = app.payload
    dbUri = process.env.DATABASE_URI!
    dbName = new URL(dbUri).pathname.slice(1)
    backupDir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-backup-pg-'))
  }, 240_000)
  afterAll(async () => {
    if (!appClosed) await app?.close()
    else await dropDatabase(dbName)
    for (const name of scratch) await dropDatabase(name)
    await s3?.stop()
    await other?.stop()
    await fs.rm(backupDir, { recursive: true, force: true })
  })

  it('backs up while the app runs, restores after a wipe, refuses a tampered copy, and reads back the same rows and object bytes', async () => {
    const users = await makeUsers(payload)
    const jpeg = await makeJpeg(640, 480, { seed: 11 })
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Carnaval de Negros y Blancos', accessLevel: 'internal', consent: 'none-identifiable' }) as never,
      file: fileOf(jpeg, 'carnaval.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as { id: number; filename: string; sha256: string }
    const objectsBefore = await bucketHashes(s3)
    expect(objectsBefore[`archive/${asset.filename}`]).toBe(sha256(jpeg))
    expect(Object.keys(objectsBefore).length).toBeGreaterThan(1) // the original and its renditions
    // The SDK's notice that its releases after January 2027 need Node 22 would be the only stderr line.
    const env = { DATABASE_URI: dbUri, ...s3.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }
    const password = new URL(dbUri).password
    const out = path.join(backupDir, 'b1')

    // Online: Payload holds its pool open and could be writing.
    const backup = await run('backup.mjs', ['--out', out], env)
    expect(backup.stderr).toBe('')
    expect(backup.status).toBe(0)
    expect(`${backup.stdout}${backup.stderr}`).not.toContain(`:${password}@`)
    const manifest = JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'))
    expect(manifest).toMatchObject({ format: 'pregonero-backup', database: { kind: 'postgres', file: 'database.dump' }, media: { kind: 's3', bucket: s3.bucket, prefix: '' } })
    expect(manifest.app.version).toBe(JSON.parse(await fs.readFile('package.json', 'utf8')).version)
    expect(Object.fromEntries(manifest.media.objects.map((o: { key: string; sha256: string }) => [o.key, o.sha256]))).toEqual(objectsBefore)
    expect((await fs.readFile(path.join(out, 'database.dump'))).subarray(0, 5).toString()).toBe('PGDMP') // pg_dump's custom format

    // A write after the backup is not in it.
    await payload.create({ collection: 'departments', data: { code: 'LATE', name: 'Después del respaldo' } as never })

    // A database with tables and a bucket with objects are not replaced without --force.
    const refused = await run('restore.mjs', ['--from', out], env)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('--force')
    expect(refused.stderr).not.toContain(`:${password}@`)

    // Wipe: the app stops, its database is dropped and made again empty, the bucket is emptied.
    await app.close()
    appClosed = true
    await createDatabase(dbName)
    const client = clientOf(s3)
    for (const key of Object.keys(objectsBefore)) await client.send(new DeleteObjectCommand({ Bucket: s3.bucket, Key: key }))
    expect(await tableCount(dbUri)).toBe(0)
    expect(await bucketHashes(s3)).toEqual({})

    // A tampered copy (one byte of the original's object changed) is refused before anything is touched.
    const tampered = path.join(backupDir, 'tampered')
    await fs.cp(out, tampered, { recursive: true })
    const original = manifest.media.objects.find((o: { key: string }) => o.key === `archive/${asset.filename}`)
    const bytes = await fs.readFile(path.join(tampered, original.file))
    bytes[100] = bytes[100]! ^ 0xff
    await fs.writeFile(path.join(tampered, original.file), bytes)
    const damaged = await run('restore.mjs', ['--from', tampered, '--force'], env)
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toContain('SHA-256')
    expect(damaged.stderr).toContain(`archive/${asset.filename}`)
    // …and so is one whose manifest was rewritten to match, given the manifest's hash the backup printed.
    const manifestSha256 = /manifest\.json SHA-256: ([0-9a-f]{64})/.exec(backup.stdout)?.[1]
    expect(manifestSha256).toBe(sha256(await fs.readFile(path.join(out, 'manifest.json'))))
    const rewritten = JSON.parse(await fs.readFile(path.join(tampered, 'manifest.json'), 'utf8'))
    const sha = sha256(bytes)
    await fs.rename(path.join(tampered, original.file), path.join(tampered, 'objects', sha))
    Object.assign(rewritten.media.objects.find((o: { key: string }) => o.key === original.key), { file: `objects/${sha}`, sha256: sha })
    await fs.writeFile(path.join(tampered, 'manifest.json'), JSON.stringify(rewritten))
    const rehashed = await run('restore.mjs', ['--from', tampered, '--force', '--manifest-sha256', manifestSha256!], env)
    expect(rehashed.status).toBe(1)
    expect(rehashed.stderr).toContain('manifest.json: its SHA-256 is not the one given')
    // A backup of a bucket is not put into a media folder (nor PostgreSQL's into SQLite).
    const wrongKind = await run('restore.mjs', ['--from', out], { DATABASE_URI: dbUri, PREGONERO_S3_BUCKET: '', PREGONERO_MEDIA_DIR: path.join(backupDir, 'media') })
    expect(wrongKind.status).toBe(1)
    expect(wrongKind.stderr).toContain('the backup holds an S3 bucket and the environment selects a media folder')
    expect(await tableCount(dbUri)).toBe(0)
    expect(await bucketHashes(s3)).toEqual({})

    // The restore into the empty database and bucket.
    const restore = await run('restore.mjs', ['--from', out], env)
    expect(restore.stderr).toBe('')
    expect(restore.status).toBe(0)
    expect(await bucketHashes(s3)).toEqual(objectsBefore)
    expect(await query(dbUri, 'SELECT code FROM departments ORDER BY code')).toEqual([{ code: 'CUL' }])
    const emails = (await query(dbUri, 'SELECT email FROM users ORDER BY email')).map((row) => row.email)
    expect(emails).toEqual(Object.values(users).map((user) => user.email).sort())
    expect(await query(dbUri, `SELECT id, filename, sha256 FROM archive_assets`)).toEqual([{ id: asset.id, filename: asset.filename, sha256: sha256(jpeg) }])

    // --force over a live database and bucket: the dump replaces the tables, an object the backup
    // does not have is removed, and the rows are the backup's again.
    await query(dbUri, "INSERT INTO departments (code, name, updated_at, created_at) VALUES ('LATE2', 'Otra', now(), now())")
    await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: 'archive/stray.jpg', Body: 'stray' }))
    const forced = await run('restore.mjs', ['--from', out, '--force'], env)
    expect(forced.stderr).toBe('')
    expect(forced.status).toBe(0)
    expect(await query(dbUri, 'SELECT code FROM departments ORDER BY code')).toEqual([{ code: 'CUL' }])
    expect(await bucketHashes(s3)).toEqual(objectsBefore)

    // Into another database, bucket and prefix (a second office, or a restore rehearsal).
    const rehearsal = scratchName('backup')
    scratch.push(rehearsal)
    await createDatabase(rehearsal)
    const rehearsalUri = databaseUrl(pgAdminUrl(), rehearsal)
    const elsewhere = await run('restore.mjs', ['--from', out], { ...env, ...other.env, DATABASE_URI: rehearsalUri, PREGONERO_S3_PREFIX: 'oficina-2' })
    expect(elsewhere.stderr).toBe('')
    expect(elsewhere.status).toBe(0)
    expect(await bucketHashes(other, 'oficina-2/')).toEqual(objectsBefore)
    expect(await query(rehearsalUri, `SELECT id, filename FROM archive_assets`)).toEqual([{ id: asset.id, filename: asset.filename }])
  })

  it('PostgreSQL with the media folder: the dump and the tar, restored into another database and folder', async () => {
    // A database of its own (no app needed: the scripts see tables and files), with a media folder.
    const source = scratchName('backup')
    scratch.push(source)
    const sourceUri = await createDatabase(source)
    await query(sourceUri, "CREATE TABLE departments (id serial PRIMARY KEY, code text NOT NULL); INSERT INTO departments (code) VALUES ('CUL'), ('SEC')")
    const media = path.join(backupDir, 'media-source')
    await fs.mkdir(path.join(media, 'archive'), { recursive: true })
    const photo = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 13) % 256))
    await fs.writeFile(path.join(media, 'archive', 'foto.jpg'), photo)
    const out = path.join(backupDir, 'b2')
    const folderEnv = { PREGONERO_S3_BUCKET: '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' }

    const backup = await run('backup.mjs', ['--out', out], { ...folderEnv, DATABASE_URI: sourceUri, PREGONERO_MEDIA_DIR: media })
    expect(backup.stderr).toBe('')
    expect(backup.status).toBe(0)
    expect(JSON.parse(await fs.readFile(path.join(out, 'manifest.json'), 'utf8'))).toMatchObject({ database: { kind: 'postgres' }, media: { kind: 'folder', file: 'media.tar' } })

    const target = scratchName('backup')
    scratch.push(target)
    const targetUri = await createDatabase(target)
    const restoredMedia = path.join(backupDir, 'media-target')
    const restore = await run('restore.mjs', ['--from', out], { ...folderEnv, DATABASE_URI: targetUri, PREGONERO_MEDIA_DIR: restoredMedia })
    expect(restore.stderr).toBe('')
    expect(restore.status).toBe(0)
    expect(await query(targetUri, 'SELECT code FROM departments ORDER BY id')).toEqual([{ code: 'CUL' }, { code: 'SEC' }])
    expect(sha256(await fs.readFile(path.join(restoredMedia, 'archive', 'foto.jpg')))).toBe(sha256(photo))
  })
})
