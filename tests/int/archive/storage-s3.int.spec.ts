import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { createLocalReq, initTransaction, killTransaction } from 'payload'

import type { TestUser } from './fixtures.js'

import { resolveOptions } from '../../../src/defaults.js'
import { runFixity } from '../../../src/features/archive/tasks/archiveFixity.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { type S3Server, startS3Server } from '../../helpers/s3Server.js'
import { stored } from '../../helpers/stored.js'
import { assetData, fileOf, makeJpeg, makePiece, makeUsers } from './fixtures.js'

jest.setTimeout(180_000)

type Asset = { id: number | string; filename: string; sha256: string; sizes: Record<string, { filename: string }>; previousFiles?: Array<{ filename: string }> }

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/**
 * The archive and the brand assets on a REAL S3-compatible server (s3rver on loopback, its own per
 * file), chosen purely by the PREGONERO_S3_* environment as `next start` would be: ingest →
 * renditions → fixity → serve, access before any byte, deletion, rollback, health.
 */
describe('file storage on S3 (s3rver)', () => {
  let s3: S3Server
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  const tokens: Record<string, string> = {}
  const files = stored()

  /** GET through the app's REST route (Payload's file route + the storage handler), the body as bytes. */
  const getFile = async (urlPath: string, who?: string, headers: Record<string, string> = {}) => {
    const request = new Request(`http://localhost:3000/api/${urlPath}`, { headers: { ...headers, ...(who ? { Authorization: `JWT ${tokens[who]}` } : {}) } })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const response = await REST_GET(payload.config)(request, { params: Promise.resolve({ slug }) })
    return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
  }
  const objectReads = (key: string) => s3.requests.filter((line) => line.startsWith('GET ') || line.startsWith('HEAD ')).filter((line) => line.endsWith(`/${key}`)).length

  beforeAll(async () => {
    s3 = await startS3Server()
    app = await bootPayload(s3.env)
    payload = app.payload
    users = await makeUsers(payload)
    for (const key of ['designer', 'producer', 'requester', 'head']) {
      tokens[key] = (await payload.login({ collection: 'users', data: { email: `${key}@pasto.gov.co`, password: TEST_PASSWORD } })).token!
    }
  }, 240_000)
  afterAll(async () => {
    await app.close()
    await s3.stop()
  })

  it('ingest puts the original and every rendition in the bucket (nothing on local disk); fixity streams SHA-256 from it; served bytes are equal', async () => {
    const jpeg = await makeJpeg(1200, 900, { seed: 7 })
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Plaza de Nariño', accessLevel: 'internal', consent: 'none-identifiable' }) as never,
      file: fileOf(jpeg, 'plaza.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const renditions = Object.values(asset.sizes).map((size) => size.filename)
    expect(renditions.length).toBe(5)
    expect(await files.list('archive')).toEqual([asset.filename, ...renditions].sort())
    expect((await files.read(`archive/${asset.filename}`)).equals(jpeg)).toBe(true)
    expect(asset.sha256).toBe(sha256(jpeg))
    // Nothing under the media folder: the bucket is the store.
    await expect(fs.stat(path.join(process.env.PREGONERO_MEDIA_DIR!, 'archive'))).rejects.toThrow()

    // Fixity over the bucket: intact, then one byte altered in the object, then repaired.
    const req = await createLocalReq({}, payload)
    const options = resolveOptions()
    expect((await runFixity(req, options)).failing).toBe(0)
    const altered = Buffer.from(jpeg)
    altered[Math.floor(altered.length / 2)] ^= 0xff
    await files.write(`archive/${asset.filename}`, altered)
    expect((await runFixity(req, options)).failing).toBe(1)
    const flagged = (await payload.findByID({ collection: 'archive-assets', id: asset.id, overrideAccess: true })) as any
    expect(flagged.fixity.status).toBe('altered')
    await files.write(`archive/${asset.filename}`, jpeg)
    expect((await runFixity(req, options)).failing).toBe(0)

    // Served through the app after the access check: the same bytes, a range as 206.
    const whole = await getFile(`archive-assets/file/${asset.filename}`, 'producer')
    expect(whole.status).toBe(200)
    expect(whole.body.equals(jpeg)).toBe(true)
    expect(whole.headers.get('content-type')).toBe('image/jpeg')
    expect(whole.headers.get('cache-control')).toBe('private, no-store')
    const part = await getFile(`archive-assets/file/${asset.filename}`, 'producer', { Range: 'bytes=100-199' })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${jpeg.length}`)
    expect(part.body.equals(jpeg.subarray(100, 200))).toBe(true)
    const rendition = await getFile(`archive-assets/file/${asset.sizes.card!.filename}`, 'producer')
    expect(rendition.body.equals(await files.read(`archive/${asset.sizes.card!.filename}`))).toBe(true)
  })

  it('refuses the wrong caller before any byte moves: no request for the object reaches the bucket', async () => {
    const jpeg = await makeJpeg(400, 300, { seed: 8 })
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Consejo de seguridad', accessLevel: 'restricted', consent: 'none-identifiable' }) as never,
      file: fileOf(jpeg, 'consejo.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const key = `archive/${asset.filename}`
    const before = objectReads(key)
    for (const who of [undefined, 'requester']) {
      const refused = await getFile(`archive-assets/file/${asset.filename}`, who)
      expect([401, 403, 404]).toContain(refused.status)
      expect(refused.body.includes(jpeg.subarray(0, 64))).toBe(false)
    }
    expect(objectReads(key)).toBe(before)
    // The bucket itself is never public through the app: its endpoint appears in no answer.
    const allowed = await getFile(`archive-assets/file/${asset.filename}`, 'designer')
    expect(allowed.status).toBe(200)
    expect(allowed.body.equals(jpeg)).toBe(true)
    expect(objectReads(key)).toBeGreaterThan(before)

    // An object no row owns (put there behind the app's back) is never served, whoever asks.
    await files.write('archive/huerfano.jpg', jpeg)
    const orphanReads = objectReads('archive/huerfano.jpg')
    for (const who of [undefined, 'designer', 'head']) {
      const orphan = await getFile('archive-assets/file/huerfano.jpg', who)
      expect([403, 404]).toContain(orphan.status)
    }
    expect(objectReads('archive/huerfano.jpg')).toBe(orphanReads)
    await files.remove('archive/huerfano.jpg')
  })

  it('a write that fails after the files were put leaves no object: a rolled-back ingest, a refused replacement', async () => {
    const before = { archive: await files.list('archive'), originals: await files.list('archive-originals') }
    // The asset is created inside a transaction that is then rolled back (a larger operation failed).
    const req = await createLocalReq({ user: users.designer as never }, payload)
    await initTransaction(req)
    await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Revertido' }) as never,
      file: fileOf(await makeJpeg(500, 400, { seed: 9 }), 'revertido.jpg', 'image/jpeg'),
      req,
      overrideAccess: true,
    })
    expect((await files.list('archive')).length).toBeGreaterThan(before.archive.length)
    await killTransaction(req)
    expect(await files.list('archive')).toEqual(before.archive)

    // A replacement refused by validation after the current original was copied aside: no kept copy stays.
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Reemplazo fallido' }) as never,
      file: fileOf(await makeJpeg(500, 400, { seed: 10 }), 'reemplazo.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const snapshot = { archive: await files.list('archive'), originals: await files.list('archive-originals') }
    await expect(
      payload.update({
        collection: 'archive-assets',
        id: asset.id,
        data: { accessLevel: 'not-a-level' } as never,
        file: fileOf(await makeJpeg(500, 400, { seed: 11 }), 'reemplazo-2.jpg', 'image/jpeg'),
        user: users.designer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    expect(await files.list('archive')).toEqual(snapshot.archive)
    expect(await files.list('archive-originals')).toEqual(snapshot.originals)
  })

  it('a disposal deletion removes the asset’s objects: original, renditions and kept originals', async () => {
    const first = await makeJpeg(600, 400, { seed: 12 })
    const asset = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: 'Para eliminar' }) as never,
      file: fileOf(first, 'eliminar.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const replaced = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: {} as never,
      file: fileOf(await makeJpeg(600, 400, { seed: 13 }), 'eliminar-v2.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const kept = replaced.previousFiles![0]!.filename
    expect((await files.read(`archive-originals/${kept}`)).equals(first)).toBe(true)
    // The replaced version's files left the served prefix once the update committed.
    expect(await files.exists(`archive/${asset.filename}`)).toBe(false)
    const keys = [replaced.filename, ...Object.values(replaced.sizes).map((size) => size.filename)]
    for (const name of keys) expect(await files.exists(`archive/${name}`)).toBe(true)

    await payload.delete({ collection: 'archive-assets', id: asset.id, overrideAccess: true, context: { pregoneroArchiveDisposal: true } })
    for (const name of keys) expect(await files.exists(`archive/${name}`)).toBe(false)
    expect(await files.exists(`archive-originals/${kept}`)).toBe(false)
  })

  it('brand assets: the upload and its thumbnail go to the bucket, a public logo is served to anyone, deletion removes them', async () => {
    const png = await makePiece(640, 320, [{ r: 200, g: 30, b: 40 }])
    const logo = (await payload.create({
      collection: 'brand-assets',
      data: { title: 'Escudo', kind: 'logo', variant: 'colour' } as never,
      file: fileOf(png, 'escudo.png', 'image/png'),
      user: users.designer,
      overrideAccess: false,
    })) as unknown as Asset
    const keys = [logo.filename, logo.sizes.thumbnail!.filename]
    for (const name of keys) expect(await files.exists(`brand/${name}`)).toBe(true)
    const served = await getFile(`brand-assets/file/${logo.filename}`)
    expect(served.status).toBe(200)
    expect(served.body.equals(await files.read(`brand/${logo.filename}`))).toBe(true)
    expect(served.headers.get('cache-control')).toMatch(/^public/)
    await payload.delete({ collection: 'brand-assets', id: logo.id, user: users.head, overrideAccess: false })
    for (const name of keys) expect(await files.exists(`brand/${name}`)).toBe(false)
  })

  it('health reports the bucket reachable, and 503 once it is not, naming no endpoint, bucket or key; an upload then answers 503, retryable, with no row', async () => {
    const rest = restClient(payload.config)
    const ok = await rest.get('/pregonero/health')
    expect(ok.status).toBe(200)
    expect(ok.json.parts.storage).toBe('ok')
    await s3.stop()
    const down = await rest.get('/pregonero/health')
    expect(down.status).toBe(503)
    expect(down.json.parts).toMatchObject({ database: 'ok', storage: 'fail' })
    for (const secret of [s3.endpoint, s3.bucket, 'S3RVER', String(new URL(s3.endpoint).port)]) expect(down.text).not.toContain(secret)

    // An upload while the bucket is down: 503 naming the storage, retryable, no row.
    const count = async () => (await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs
    const before = await count()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await makeJpeg(300, 200, { seed: 30 }))], { type: 'image/jpeg' }), 'sin-bucket.jpg')
    form.append('_payload', JSON.stringify({ title: 'Sin bucket', kind: 'photo' }))
    const refused = await rest.post('/archive-assets', form, { token: tokens.designer })
    expect(refused.status).toBe(503)
    expect(refused.json.errors[0].data.retryable).toBe(true)
    expect(refused.text).not.toContain(s3.endpoint)
    expect(await count()).toBe(before)
  })
})
