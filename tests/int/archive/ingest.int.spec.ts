import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import exifr from 'exifr'
import sharp from 'sharp'

import type { TestUser } from './fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { stored } from '../../helpers/stored.js'
import { assetData, fileOf, makeBomb, makeJpeg, makePiece, makeUsers } from './fixtures.js'

// The app's storage (the media folder, or S3 with PREGONERO_TEST_STORAGE=s3), read through the plugin's interface.
const files = stored()

// Shared 2-core machine: uploads with renditions can be slow when other suites run in parallel.
jest.setTimeout(180_000)

describe('archive-assets ingest', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
  }, 240_000)
  afterAll(() => app.close())

  /** Asserts a refused upload left no file and no row. */
  const expectNothingLeft = async (before: { files: string[]; count: number }) => {
    expect(await files.list('archive')).toEqual(before.files)
    expect((await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs).toBe(before.count)
  }
  const snapshot = async () => ({
    files: await files.list('archive'),
    count: (await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs,
  })
  const upload = (data: Buffer, name: string, mimetype: string, extra: Record<string, unknown> = {}, user = users.designer) =>
    payload.create({
      collection: 'archive-assets',
      data: assetData(extra) as never,
      file: fileOf(data, name, mimetype),
      user,
      overrideAccess: false,
    })

  it('stores the SHA-256 of the whole file, EXIF capture data, renditions without GPS', async () => {
    const jpeg = await makeJpeg(1600, 1200, { gps: true, exif: true, seed: 2 })
    const asset = (await upload(jpeg, 'plaza.jpg', 'image/jpeg', { author: 'Ana Pérez', authorRelation: 'staff' })) as any
    const expected = (await import('node:crypto')).createHash('sha256').update(jpeg).digest('hex')
    expect(asset.sha256).toBe(expected)
    expect(asset.filesize).toBe(jpeg.length)
    expect(asset.width).toBe(1600)
    expect(asset.height).toBe(1200)
    expect(asset.exif.camera).toBe('Canon EOS R6')
    expect(asset.exif.hasLocation).toBe(true)
    expect(new Date(asset.capturedAt).getUTCFullYear()).toBe(2025)
    expect(asset.creditLine).toBe('Foto: Ana Pérez / Alcaldía de Pasto')
    expect(String(asset.uploadedBy?.id ?? asset.uploadedBy)).toBe(String(users.designer.id))
    // The original keeps its GPS (it is the preservation master) …
    const gpsOriginal = await exifr.gps(await files.read(`archive/${asset.filename}`))
    expect(gpsOriginal?.latitude).toBeCloseTo(1.21, 1)
    // … every rendition has none.
    const names = ['thumbnail', 'card', 'web', 'social', 'og']
    for (const name of names) {
      const size = asset.sizes[name]
      expect(size?.filename).toBeTruthy()
      const bytes = await files.read(`archive/${size.filename}`)
      expect(await exifr.gps(bytes).catch(() => undefined)).toBeFalsy()
      const meta = await sharp(bytes).metadata()
      expect(meta.exif).toBeUndefined()
    }
    expect(asset.sizes.og.width).toBe(1200)
    expect(asset.sizes.og.height).toBe(630)
    expect(asset.sizes.social.width).toBe(1080)
  })

  it('users cannot forge the checksum or the uploader', async () => {
    const jpeg = await makeJpeg(400, 300, { seed: 3 })
    const asset = (await upload(jpeg, 'forge.jpg', 'image/jpeg', { sha256: 'f'.repeat(64), uploadedBy: users.head.id })) as any
    expect(asset.sha256).not.toBe('f'.repeat(64))
    expect(String(asset.uploadedBy?.id ?? asset.uploadedBy)).toBe(String(users.designer.id))
    await expect(
      payload.update({ collection: 'archive-assets', id: asset.id, data: { sha256: 'e'.repeat(64) } as never, user: users.designer, overrideAccess: false }),
    ).resolves.toMatchObject({ sha256: asset.sha256 })
  })

  it('refuses a PNG renamed .pdf, naming the declared and the real type; nothing stored', async () => {
    const before = await snapshot()
    const png = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#ff0000' } }).png().toBuffer()
    await expect(upload(png, 'informe.pdf', 'application/pdf')).rejects.toMatchObject({
      status: 400,
      message: expect.any(String),
      data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/application\/pdf.*image\/png/) })] },
    })
    await expectNothingLeft(before)
  })

  it('refuses a truncated JPEG; nothing stored', async () => {
    const before = await snapshot()
    const jpeg = await makeJpeg(800, 600, { seed: 4 })
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length * 0.6))
    await expect(upload(truncated, 'cortada.jpg', 'image/jpeg')).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/truncad/) })] },
    })
    await expectNothingLeft(before)
  })

  it('refuses a decompression bomb by its pixel count, before decoding; nothing stored', async () => {
    const before = await snapshot()
    // 12 000 × 12 000 = 144 MP of one grey: a few hundred KB on the wire.
    const bomb = makeBomb(12000, 12000)
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(12000)
    expect(bomb.length).toBeLessThan(2_000_000)
    await expect(upload(bomb, 'bomba.png', 'image/png')).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/144000000/) })] },
    })
    await expectNothingLeft(before)
  })

  it('refuses a type outside the allow-list; nothing stored', async () => {
    const before = await snapshot()
    const zip = Buffer.from('504b0304140000000800', 'hex')
    const body = Buffer.concat([zip, Buffer.alloc(200)])
    await expect(upload(body, 'paquete.zip', 'application/zip')).rejects.toMatchObject({ status: 400 })
    await expectNothingLeft(before)
  })

  it('refuses a duplicate by checksum, naming the existing asset; nothing stored', async () => {
    const jpeg = await makeJpeg(500, 400, { seed: 5 })
    const first = (await upload(jpeg, 'original.jpg', 'image/jpeg', { title: 'Desfile de Blancos y Negros' })) as any
    const before = await snapshot()
    await expect(upload(jpeg, 'copia.jpg', 'image/jpeg', { title: 'Copia' }, users.producer)).rejects.toMatchObject({
      status: 409,
      message: expect.stringContaining(`Desfile de Blancos y Negros" (id ${first.id})`),
    })
    await expectNothingLeft(before)
  })

  it('accepts a PDF document and a WebVTT caption file (types sniffed), without renditions', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 612 792]/Parent 2 0 R>>endobj\nxref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n170\n%%EOF\n',
    )
    const doc = (await upload(pdf, 'acta.pdf', 'application/pdf', { kind: 'document', title: 'Acta' })) as any
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.publicOriginal).toBe(true)
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBienvenidos\n')
    const captions = (await upload(vtt, 'subtitulos.vtt', 'text/vtt', { kind: 'document', title: 'Subtítulos' })) as any
    expect(captions.mimeType).toBe('text/vtt')
  })

  it('replacing the file keeps the previous original (outside the served folder) and its checksum', async () => {
    const first = await makeJpeg(600, 400, { seed: 6 })
    const asset = (await upload(first, 'version1.jpg', 'image/jpeg')) as any
    const second = await makeJpeg(600, 400, { seed: 7 })
    const updated = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: {},
      file: fileOf(second, 'version2.jpg', 'image/jpeg'),
      user: users.designer,
      overrideAccess: false,
    })) as any
    expect(updated.sha256).not.toBe(asset.sha256)
    expect(updated.previousFiles).toHaveLength(1)
    const kept = updated.previousFiles[0]
    expect(kept.sha256).toBe(asset.sha256)
    expect(kept.originalFilename).toBe(asset.filename)
    const keptBytes = await files.read(`archive-originals/${kept.filename}`)
    expect(keptBytes.equals(first)).toBe(true)
    // The kept original counts for duplicate detection too.
    await expect(upload(first, 'otra-vez.jpg', 'image/jpeg')).rejects.toMatchObject({ status: 409 })
  })

  it('a file replacement with invalid metadata is refused before Payload touches the current files', async () => {
    const first = await makeJpeg(300, 200, { seed: 20 })
    const asset = (await upload(first, 'estable.jpg', 'image/jpeg')) as any
    await expect(
      payload.update({
        collection: 'archive-assets',
        id: asset.id,
        data: { authorRelation: 'contractor' } as never,
        file: fileOf(await makeJpeg(300, 200, { seed: 21 }), 'nueva.jpg', 'image/jpeg'),
        user: users.designer,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'contractNumber' })] } })
    expect((await files.read(`archive/${asset.filename}`)).equals(first)).toBe(true)
    await expect(files.exists(`archive/${asset.sizes.card.filename}`)).resolves.toBe(true)
    const after = (await payload.findByID({ collection: 'archive-assets', id: asset.id, overrideAccess: true })) as any
    expect(after.sha256).toBe(asset.sha256)
  })

  it('retiring needs a reason and head or admin; the files stay', async () => {
    const jpeg = await makeJpeg(300, 200, { seed: 8 })
    const asset = (await upload(jpeg, 'retirar.jpg', 'image/jpeg')) as any
    await expect(
      payload.update({ collection: 'archive-assets', id: asset.id, data: { status: 'retired' } as never, user: users.head, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'retiredReason' })] } })
    const byDesigner = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: { status: 'retired', retiredReason: 'x' } as never,
      user: users.designer,
      overrideAccess: false,
    })) as any
    expect(byDesigner.status).toBe('active') // field access: the designer cannot change the status
    const retired = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: { status: 'retired', retiredReason: 'Imagen desactualizada' } as never,
      user: users.head,
      overrideAccess: false,
    })) as any
    expect(retired.status).toBe('retired')
    expect(retired.retiredAt).toBeTruthy()
    await expect(files.exists(`archive/${retired.filename}`)).resolves.toBe(true)
  })

  it('renditions follow the focal point: given at upload, and moved later (cropped renditions made again)', async () => {
    const red = { r: 220, g: 20, b: 20 }
    const blue = { r: 20, g: 20, b: 220 }
    const twoHalves = await makePiece(2000, 1000, [red, blue])
    const mean = async (file: string) => {
      const { channels } = await sharp(await files.read(`archive/${file}`)).stats()
      return { r: channels[0]!.mean, b: channels[2]!.mean }
    }
    const asset = (await upload(twoHalves, 'mitades.png', 'image/png', { title: 'Mitades', focalX: 0, focalY: 50 })) as any
    expect(asset.focalX).toBe(0)
    const left = await mean(asset.sizes.social.filename)
    expect(left.r).toBeGreaterThan(200) // the square crop sits on the left (red) half
    expect(left.b).toBeLessThan(40)
    expect(asset.sizes.social.width).toBe(1080)
    const moved = (await payload.update({
      collection: 'archive-assets',
      id: asset.id,
      data: { focalX: 100 } as never,
      user: users.designer,
      overrideAccess: false,
    })) as any
    const right = await mean(moved.sizes.social.filename)
    expect(right.b).toBeGreaterThan(200)
    expect(right.r).toBeLessThan(40)
    await expect(
      payload.update({ collection: 'archive-assets', id: asset.id, data: { focalX: 140 } as never, user: users.designer, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('a contractor author needs the contract number', async () => {
    const jpeg = await makeJpeg(300, 200, { seed: 9 })
    await expect(upload(jpeg, 'contratista.jpg', 'image/jpeg', { author: 'Luis', authorRelation: 'contractor' })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'contractNumber' })] },
    })
  })
})
