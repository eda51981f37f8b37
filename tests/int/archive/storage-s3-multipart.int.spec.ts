import { jest } from '@jest/globals'
import type { IncomingMessage } from 'node:http'

import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { ResolvedS3Options } from '../../../src/types.js'

import { resolveOptions } from '../../../src/defaults.js'
import { s3Storage } from '../../../src/kernel/storage/s3.js'
import { planParts } from '../../../src/kernel/storage/s3Multipart.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { type S3Server, startS3Server } from '../../helpers/s3Server.js'
import { stored } from '../../helpers/stored.js'
import { fileOf, makeUsers } from './fixtures.js'

jest.setTimeout(120_000)

const MiB = 1024 * 1024
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * Large objects on a REAL S3-compatible server (s3rver on loopback): above the part size the object
 * goes up by CreateMultipartUpload → UploadPart ×N → CompleteMultipartUpload (5 MiB parts here, a
 * 17 MiB file of random bytes); any failure aborts the upload and answers the storage's EIO (503).
 * s3rver 3.7.1 implements neither AbortMultipartUpload (405) nor ListMultipartUploads nor
 * UploadPartCopy (NotImplemented): the abort is proven by the request that reaches the server, and
 * the copy by parts only by its failure path (docs/deploy.md, "what is not proven").
 */
describe('file storage on S3: objects by parts (s3rver)', () => {
  let s3: S3Server
  let dir: string
  let options: ResolvedS3Options
  const saved: Record<string, string | undefined> = {}

  beforeAll(async () => {
    s3 = await startS3Server()
    for (const [name, value] of Object.entries(s3.env)) {
      saved[name] = process.env[name]
      process.env[name] = value
    }
    options = { bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', forcePathStyle: true, prefix: 'office', multipartPartSize: 5 * MiB }
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-multipart-'))
  })
  afterAll(async () => {
    await s3.stop()
    await fs.rm(dir, { recursive: true, force: true })
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  const spooled = async (name: string, bytes: Buffer) => {
    const file = path.join(dir, name)
    await fs.writeFile(file, bytes)
    return { file }
  }
  const read = async (storage: ReturnType<typeof s3Storage>, key: string) => {
    const object = await storage.get(key)
    if (!object) return null
    const chunks: Buffer[] = []
    for await (const chunk of object.body) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks)
  }
  const callsFor = (key: string) => s3.calls.filter((line) => line.split('?')[0]!.endsWith(`/office/${key}`))

  it('plans parts by the S3 rules: 5 MiB at least except the last, never more than 10 000 parts', () => {
    const parts = planParts(17 * MiB, 5 * MiB)
    expect(parts.map((part) => part.end - part.start + 1)).toEqual([5 * MiB, 5 * MiB, 5 * MiB, 2 * MiB])
    expect(parts.at(-1)!.end).toBe(17 * MiB - 1)
    // A part size under S3's minimum is raised to it.
    expect(planParts(12 * MiB, 1 * MiB).length).toBe(3)
    // A 2 TiB master with 64 MiB parts would need 32 768 parts: the part grows instead.
    const huge = planParts(2 * 1024 ** 4, 64 * MiB)
    expect(huge.length).toBeLessThanOrEqual(10_000)
    expect(huge.at(-1)!.end).toBe(2 * 1024 ** 4 - 1)
    expect(huge.every((part, index) => index === 0 || part.start === huge[index - 1]!.end + 1)).toBe(true)
    // The option and its environment variable: 64 MiB by default, PREGONERO_S3_MULTIPART_MB, never under 5 MiB.
    const partSize = (mb?: string) => {
      const before = process.env.PREGONERO_S3_MULTIPART_MB
      if (mb === undefined) delete process.env.PREGONERO_S3_MULTIPART_MB
      else process.env.PREGONERO_S3_MULTIPART_MB = mb
      try {
        return resolveOptions().archive.storage.s3?.multipartPartSize
      } finally {
        if (before === undefined) delete process.env.PREGONERO_S3_MULTIPART_MB
        else process.env.PREGONERO_S3_MULTIPART_MB = before
      }
    }
    expect([partSize(), partSize('128'), partSize('1')]).toEqual([64 * MiB, 128 * MiB, 5 * MiB])
  })

  it('a file above the part size goes up by parts (spooled file and Buffer), reads back with the same SHA-256, and copies identical', async () => {
    const storage = s3Storage(options)
    const bytes = randomBytes(17 * MiB)
    await storage.put('archive/master.mov', await spooled('master.mov', bytes), { contentType: 'video/quicktime', exclusive: true })
    const calls = callsFor('archive/master.mov')
    expect(calls.filter((line) => line.startsWith('POST ') && line.endsWith('?uploads='))).toHaveLength(1)
    const parts = calls.filter((line) => line.startsWith('PUT ') && line.includes('partNumber='))
    expect(parts.map((line) => Number(/partNumber=(\d+)/.exec(line)![1])).sort()).toEqual([1, 2, 3, 4])
    expect(calls.filter((line) => line.startsWith('POST ') && line.includes('uploadId='))).toHaveLength(1)
    // No single PUT of the whole object.
    expect(calls.filter((line) => line.includes('x-id=PutObject'))).toHaveLength(0)

    expect(await storage.head('archive/master.mov')).toEqual({ size: bytes.length, contentType: 'video/quicktime' })
    expect(sha256((await read(storage, 'archive/master.mov'))!)).toBe(sha256(bytes))
    // The exclusive write still refuses an existing name, before any byte moves.
    const before = s3.calls.length
    await expect(storage.put('archive/master.mov', await spooled('again.mov', bytes), { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' })
    expect(s3.calls.slice(before).filter((line) => !line.startsWith('HEAD '))).toEqual([])

    // Bytes in memory take the same path.
    const memory = randomBytes(11 * MiB)
    await storage.put('archive/memoria.bin', memory)
    expect(callsFor('archive/memoria.bin').filter((line) => line.includes('partNumber='))).toHaveLength(3)
    expect(sha256((await read(storage, 'archive/memoria.bin'))!)).toBe(sha256(memory))

    // A copy (under the 5 GiB CopyObject limit: one server-side request) of the multipart object is identical.
    await storage.copy('archive/master.mov', 'originals/master.mov')
    expect(sha256((await read(storage, 'originals/master.mov'))!)).toBe(sha256(bytes))
    expect((await storage.head('originals/master.mov'))?.contentType).toBe('video/quicktime')
    await expect(storage.copy('archive/nada.mov', 'originals/nada.mov')).rejects.toMatchObject({ code: 'ENOENT' })

    // Under the part size: one PUT, as before.
    await storage.put('archive/pequeno.bin', randomBytes(1 * MiB))
    expect(callsFor('archive/pequeno.bin').filter((line) => line.startsWith('PUT '))).toEqual(['PUT /pregonero-test/office/archive/pequeno.bin?x-id=PutObject'])
  })

  it('a part that fails mid-way aborts the upload: no object, an AbortMultipartUpload of that upload, and the storage error (EIO → 503)', async () => {
    const storage = s3Storage(options)
    const key = 'archive/cortado.mov'
    // A network fault on the real server: every attempt at part 3 loses its connection.
    const drop = (request: IncomingMessage) => {
      if (request.url?.includes('/office/archive/cortado.mov?') && request.url.includes('partNumber=3')) request.socket.destroy()
    }
    s3.httpServer.prependListener('request', drop)
    try {
      await expect(storage.put(key, await spooled('cortado.mov', randomBytes(17 * MiB)), { contentType: 'video/quicktime' })).rejects.toMatchObject({
        code: 'EIO',
        syscall: 'storage',
      })
    } finally {
      s3.httpServer.removeListener('request', drop)
    }
    const calls = callsFor(key)
    const uploadIds = new Set(calls.filter((line) => line.includes('partNumber=')).map((line) => /uploadId=([^&]+)/.exec(line)![1]))
    expect(uploadIds.size).toBe(1)
    const [uploadId] = [...uploadIds]
    // The abort was sent for that upload, after the last part request.
    const aborts = calls.filter((line) => line.startsWith('DELETE ') && line.includes(`uploadId=${uploadId}`))
    expect(aborts).toHaveLength(1)
    expect(calls.lastIndexOf(aborts[0]!)).toBe(calls.length - 1)
    // Never completed: no object under the name.
    expect(calls.some((line) => line.startsWith('POST ') && line.includes('uploadId='))).toBe(false)
    expect(await storage.head(key)).toBeNull()
  })

  it('a copy above the single-request limit goes by UploadPartCopy; its failure aborts and leaves no object (s3rver answers NotImplemented)', async () => {
    const bytes = randomBytes(12 * MiB)
    await s3Storage(options).put('archive/fuente.mov', bytes, { contentType: 'video/quicktime' })
    const storage = s3Storage(options, { singleCopyLimit: 5 * MiB })
    await expect(storage.copy('archive/fuente.mov', 'originals/fuente.mov')).rejects.toMatchObject({ code: 'EIO', syscall: 'storage' })
    const calls = callsFor('originals/fuente.mov')
    expect(calls.filter((line) => line.startsWith('POST ') && line.endsWith('?uploads='))).toHaveLength(1)
    expect(calls.some((line) => line.startsWith('PUT ') && line.includes('partNumber='))).toBe(true)
    expect(calls.filter((line) => line.startsWith('DELETE ') && line.includes('uploadId='))).toHaveLength(1)
    expect(await storage.head('originals/fuente.mov')).toBeNull()
    // The source is untouched.
    expect(sha256((await read(storage, 'archive/fuente.mov'))!)).toBe(sha256(bytes))
  })
})

/**
 * The same through the archive, configured only by the environment as `next start` would be
 * (PREGONERO_S3_MULTIPART_MB=5): a 12 MiB captions file goes up by parts, its recorded SHA-256 is
 * its bytes', and replacing it keeps the original (a copy of the multipart object) byte for byte.
 */
describe('the archive on S3 with PREGONERO_S3_MULTIPART_MB (s3rver)', () => {
  let s3: S3Server
  let app: Booted
  let users: Awaited<ReturnType<typeof makeUsers>>
  const files = stored()

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await bootPayload({ ...s3.env, PREGONERO_S3_MULTIPART_MB: '5' })
    users = await makeUsers(app.payload)
  }, 240_000)
  afterAll(async () => {
    await app.close()
    await s3.stop()
  })

  const captions = (seed: string, size: number) => {
    const cue = (n: number) => `${n}\n00:00:${String(n % 60).padStart(2, '0')}.000 --> 00:00:${String(n % 60).padStart(2, '0')}.500\n${seed} ${randomBytes(24).toString('hex')}\n\n`
    const lines = ['WEBVTT\n\n']
    let length = lines[0]!.length
    for (let n = 1; length < size; n++) {
      const line = cue(n)
      lines.push(line)
      length += line.length
    }
    return Buffer.from(lines.join(''))
  }

  it('ingests a file above the part size by parts; the recorded SHA-256 is the stored bytes\'; a replacement keeps the original identical', async () => {
    const { payload } = app
    const first = captions('primera', 12 * MiB)
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: { title: 'Subtítulos del máster', kind: 'document' } as never,
      file: fileOf(first, 'master.vtt', 'text/vtt'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as { id: number | string; filename: string; sha256: string }
    const calls = s3.calls.filter((line) => line.split('?')[0]!.endsWith(`/archive/${asset.filename}`))
    expect(calls.filter((line) => line.startsWith('POST ') && line.endsWith('?uploads='))).toHaveLength(1)
    expect(calls.filter((line) => line.includes('partNumber='))).toHaveLength(3)
    expect(asset.sha256).toBe(sha256(first))
    expect(sha256(await files.read(`archive/${asset.filename}`))).toBe(sha256(first))

    const replaced = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: {} as never,
      file: fileOf(captions('segunda', 6 * MiB), 'master-v2.vtt', 'text/vtt'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as { previousFiles: Array<{ filename: string }> }
    const kept = replaced.previousFiles[0]!.filename
    expect(sha256(await files.read(`archive-originals/${kept}`))).toBe(sha256(first))
  })

  it('an upload over REST whose part fails mid-way answers 503 (retryable), saves no row and leaves no object; the upload is aborted', async () => {
    const { payload } = app
    const rest = restClient(payload.config)
    const token = (await payload.login({ collection: 'users', data: { email: 'designer@pasto.gov.co', password: TEST_PASSWORD } })).token!
    const count = async () => (await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs
    const before = { rows: await count(), objects: await files.list('archive') }
    const drop = (request: IncomingMessage) => {
      if (request.url?.includes('/archive/') && request.url.includes('partNumber=2')) request.socket.destroy()
    }
    s3.httpServer.prependListener('request', drop)
    const mark = s3.calls.length
    try {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(captions('cortada', 12 * MiB))], { type: 'text/vtt' }), 'cortada.vtt')
      form.append('_payload', JSON.stringify({ title: 'Subtítulos cortados', kind: 'document' }))
      const refused = await rest.post('/archive-assets', form, { token })
      expect(refused.status).toBe(503)
      expect(refused.json.errors[0].data.retryable).toBe(true)
      expect(refused.text).not.toContain(s3.endpoint)
    } finally {
      s3.httpServer.removeListener('request', drop)
    }
    const calls = s3.calls.slice(mark)
    expect(calls.some((line) => line.includes('partNumber=2'))).toBe(true)
    const uploadId = /uploadId=([^&]+)/.exec(calls.find((line) => line.includes('partNumber=2'))!)![1]
    expect(calls.some((line) => line.startsWith('DELETE ') && line.includes(`uploadId=${uploadId}`))).toBe(true)
    expect(await count()).toBe(before.rows)
    expect(await files.list('archive')).toEqual(before.objects)
  })
})
