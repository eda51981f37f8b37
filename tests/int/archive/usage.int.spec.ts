import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import crypto from 'node:crypto'
import { createLocalReq } from 'payload'
import sharp from 'sharp'

import type { TestUser } from './fixtures.js'

import { computeIndicator } from '../../../src/features/planning/indicators/measure.js'
import { parsePeriod } from '../../../src/features/planning/indicators/period.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { stored } from '../../helpers/stored.js'
import { makeContent } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg, makePiece, makeUsers } from './fixtures.js'

jest.setTimeout(180_000)

/** A real PCM WAV file, made here: `seconds` of a 440 Hz tone. */
const makeWav = (seconds: number, sampleRate = 8000, channels = 1): Buffer => {
  const samples = Math.round(seconds * sampleRate)
  const data = Buffer.alloc(samples * channels * 2)
  for (let i = 0; i < samples; i++) {
    const value = Math.round(Math.sin((2 * Math.PI * 440 * i) / sampleRate) * 12000)
    for (let c = 0; c < channels; c++) data.writeInt16LE(value, (i * channels + c) * 2)
  }
  const header = Buffer.alloc(44)
  header.write('RIFF', 0, 'ascii')
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8, 'ascii')
  header.write('fmt ', 12, 'ascii')
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20) // PCM
  header.writeUInt16LE(channels, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * channels * 2, 28)
  header.writeUInt16LE(channels * 2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36, 'ascii')
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'ascii')
  return Buffer.concat([head, body])
}

/**
 * A minimal MP4 built by hand (no ffmpeg): `ftyp` (isom), an `mdat` of opaque bytes, then `moov`
 * with a version-0 `mvhd` (creation time, timescale 1000, duration). Enough for type sniffing,
 * checksum and container metadata; it has no decodable track.
 */
const makeMp4 = (durationMs: number, created: Date, payloadBytes = 64 * 1024): Buffer => {
  const ftyp = box('ftyp', Buffer.from('isom', 'ascii'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41', 'ascii'))
  const mdat = box('mdat', crypto.randomBytes(payloadBytes))
  const mvhd = Buffer.alloc(100)
  const seconds = Math.round((created.getTime() - Date.UTC(1904, 0, 1)) / 1000)
  mvhd.writeUInt32BE(0, 0) // version 0, flags
  mvhd.writeUInt32BE(seconds, 4) // creation
  mvhd.writeUInt32BE(seconds, 8) // modification
  mvhd.writeUInt32BE(1000, 12) // timescale
  mvhd.writeUInt32BE(durationMs, 16) // duration
  mvhd.writeUInt32BE(0x00010000, 20) // rate 1.0
  mvhd.writeUInt16BE(0x0100, 24) // volume 1.0
  const matrix = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000]
  matrix.forEach((value, i) => mvhd.writeUInt32BE(value, 36 + i * 4))
  mvhd.writeUInt32BE(2, 96) // next track id
  return Buffer.concat([ftyp, mdat, box('moov', box('mvhd', mvhd))])
}

const paragraphWith = (...children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})
const text = (value: string) => ({
  type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0,
  children: [{ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const uploadNode = (id: unknown, fields: Record<string, unknown> | null = null) => ({
  type: 'upload', version: 3, format: '', id: crypto.randomUUID(), relationTo: 'archive-assets', value: id, fields,
})

describe('archive: inline images, consent per channel, captions on the video, disposal acts, audio and video files, focal re-crop', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  // The app's storage (media folder, or S3 with PREGONERO_TEST_STORAGE=s3).
  const files = stored()
  let seed = 100

  const upload = (data: Buffer, name: string, mimetype: string, extra: Record<string, unknown> = {}, user = users.designer) =>
    payload.create({ collection: 'archive-assets', data: assetData(extra) as never, file: fileOf(data, name, mimetype), user, overrideAccess: false }) as Promise<any>
  const photo = async (extra: Record<string, unknown> = {}) => upload(await makeJpeg(320, 240, { seed: seed++ }), `foto-${seed}.jpg`, 'image/jpeg', extra)
  const createContent = (data: Record<string, unknown>, opts: { draft?: boolean } = {}) =>
    makeContent(payload, { title: 'Jornada de vacunación', channels: ['web'], ...data }, opts)
  const result = (content: any, check: string) => content.checks.results.find((r: any) => r.check === check)

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
  }, 240_000)
  afterAll(() => app.close())

  describe('inline images of the body (accessibility)', () => {
    it('an upload node without alt text, whose asset has none, fails naming it; node alt, asset alt or decorative pass', async () => {
      const bare = await photo({ title: 'Plaza de Nariño', consent: 'none-identifiable' })
      const withAlt = await photo({ title: 'Carnaval', consent: 'none-identifiable', alt: 'Comparsa del Carnaval de Negros y Blancos' })
      // A draft may lack it (a published save is refused: tests/int/archive/bodyImages.int.spec.ts).
      const failing = await createContent({ body: paragraphWith(text('La plaza hoy.'), uploadNode(bare.id)) }, { draft: true })
      const a11y = result(failing, 'accessibility')
      expect(a11y.status).toBe('fail')
      expect(a11y.messages.join(' ')).toMatch(new RegExp(`cuerpo, imagen 1: Plaza de Nariño \\(id ${bare.id}\\)`))
      expect(failing.checks.blocking).toBe(true)

      const nested = await createContent({
        body: paragraphWith(text('Dos fotos.'), { type: 'quote', version: 1, children: [uploadNode(withAlt.id), uploadNode(bare.id)] }),
      }, { draft: true })
      const nestedA11y = result(nested, 'accessibility')
      expect(nestedA11y.status).toBe('fail')
      expect(nestedA11y.messages).toHaveLength(1)
      expect(nestedA11y.messages[0]).toMatch(/cuerpo, imagen 2: Plaza de Nariño/)

      const fixedOnNode = await createContent({ body: paragraphWith(uploadNode(bare.id, { alt: 'Plaza de Nariño al atardecer' })) })
      expect(result(fixedOnNode, 'accessibility').status).toBe('pass')
      const decorative = await createContent({ body: paragraphWith(uploadNode(bare.id, { decorative: true }), uploadNode(withAlt.id)) })
      expect(result(decorative, 'accessibility').status).toBe('pass')
    })

    it('a PDF linked in the body needs no alt text, and inline assets count for the consent check', async () => {
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
      const document = await upload(pdf, 'decreto.pdf', 'application/pdf', { title: 'Decreto', kind: 'document', consent: 'none-identifiable' })
      const pending = await photo({ title: 'Vecinos', consent: 'pending', alt: 'Vecinos en la junta' })
      const content = await createContent({ body: paragraphWith(uploadNode(document.id), uploadNode(pending.id)) })
      expect(result(content, 'accessibility').status).toBe('pass')
      expect(result(content, 'consent').status).toBe('fail')
      expect(result(content, 'consent').messages.join(' ')).toMatch(/Vecinos/)
    })
  })

  describe('consent per channel and purpose', () => {
    const consentFor = (extra: Record<string, unknown> = {}) => ({
      person: 'María Rosero',
      channels: ['web', 'facebook'],
      purposes: ['institutional'],
      validFrom: '2026-01-01T00:00:00.000Z',
      ...extra,
    })

    it('refuses an asset on a channel or for a purpose its consents do not cover, naming the consent (by number, never the person) and channel', async () => {
      const asset = await photo({ title: 'Entrega de mercados', consent: 'consent-on-file', alt: 'Entrega', consentRecords: [consentFor()] })
      expect(result(await createContent({ heroImage: asset.id, channels: ['web', 'facebook'] }), 'consent').status).toBe('pass')

      const onTv = await createContent({ heroImage: asset.id, channels: ['web', 'tv'] })
      expect(result(onTv, 'consent').status).toBe('fail')
      expect(result(onTv, 'consent').messages.join(' ')).toMatch(/autorización #1 no cubre el canal tv/)
      expect(result(onTv, 'consent').messages.join(' ')).not.toMatch(/María|Rosero/)
      expect(onTv.checks.blocking).toBe(true)

      const campaign = await createContent({ kind: 'campaign-message', heroImage: asset.id, channels: ['web'] })
      expect(result(campaign, 'consent').messages.join(' ')).toMatch(/no cubre la finalidad campaign/)

      // The same use for an internal audience is not blocked.
      expect(result(await createContent({ audience: 'internal', heroImage: asset.id, channels: ['tv'] }), 'consent').status).toBe('pass')
    })

    it('an expired or revoked consent fails; every person must be covered', async () => {
      const asset = await photo({
        title: 'Consejo de juventud',
        consent: 'consent-on-file',
        alt: 'Consejo',
        consentRecords: [consentFor(), consentFor({ person: 'Juan Pérez', validUntil: '2026-02-01T00:00:00.000Z' })],
      })
      const expired = await createContent({ heroImage: asset.id, channels: ['web'] })
      expect(result(expired, 'consent').messages.join(' ')).toMatch(/autorización #2 venció el 2026-02-01/)
      expect(result(expired, 'consent').messages.join(' ')).not.toMatch(/María|Juan|#1/)
      const revoked = await payload.update({
        collection: 'archive-assets',
        id: asset.id,
        data: { consentRecords: [consentFor({ revokedAt: '2026-03-01T00:00:00.000Z' })] } as never,
        user: users.designer,
        overrideAccess: false,
      })
      expect((revoked as any).consentRecords).toHaveLength(1)
      const after = await createContent({ heroImage: asset.id, channels: ['web'] })
      expect(result(after, 'consent').messages.join(' ')).toMatch(/autorización #1 fue revocada/)
    })

    it("a minor's consent needs the guardian (400 naming the field); consents are personal data: never to anonymous readers", async () => {
      await expect(
        photo({ title: 'Niños', consent: 'minors-guardian-consent', consentRecords: [consentFor({ person: 'Niño A', minor: true })] }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'consentRecords.0.guardian' })] } })
      await expect(
        photo({ title: 'Fechas', consent: 'consent-on-file', consentRecords: [consentFor({ validUntil: '2025-01-01T00:00:00.000Z' })] }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'consentRecords.0.validUntil' })] } })
      const published = await photo({ title: 'Pública', consent: 'consent-on-file', accessLevel: 'public', consentRecords: [consentFor()] })
      const anonymous = (await payload.findByID({ collection: 'archive-assets', id: published.id, overrideAccess: false })) as any
      expect(anonymous.title).toBe('Pública')
      // A hidden array comes back empty or absent (as `people` does): never with its rows.
      expect(anonymous.consentRecords ?? []).toEqual([])
      const staff = (await payload.findByID({ collection: 'archive-assets', id: published.id, user: users.designer, overrideAccess: false })) as any
      expect(staff.consentRecords[0].person).toBe('María Rosero')
      // Only the roles that handle personal data (Ley 1581/2012): not editors, community managers or requesters.
      for (const who of ['editor', 'community', 'requester'] as const) {
        const other = (await payload.findByID({ collection: 'archive-assets', id: published.id, user: users[who], overrideAccess: false })) as any
        expect([who, other.consentRecords ?? []]).toEqual([who, []])
      }
    })
  })

  describe('captions live on the video asset', () => {
    let vtt: any
    beforeAll(async () => {
      vtt = await upload(Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nBienvenidos\n'), 'subtitulos.vtt', 'text/vtt', { title: 'Subtítulos', kind: 'document' })
    })

    it('a caption file (WebVTT/SRT asset) or burned-in captions make hasCaptions; anything else as caption file is refused', async () => {
      const clip = await upload(makeMp4(5000, new Date('2026-05-01T12:00:00Z')), 'clip.mp4', 'video/mp4', { title: 'Clip', kind: 'video', captionFile: vtt.id }, users.producer)
      expect(clip.hasCaptions).toBe(true)
      const burned = await upload(makeMp4(3000, new Date('2026-05-02T12:00:00Z')), 'burned.mp4', 'video/mp4', { title: 'Quemado', kind: 'video', burnedInCaptions: true }, users.producer)
      expect(burned.hasCaptions).toBe(true)
      const plain = await upload(makeMp4(4000, new Date('2026-05-03T12:00:00Z')), 'plain.mp4', 'video/mp4', { title: 'Sin subtítulos', kind: 'video' }, users.producer)
      expect(plain.hasCaptions).toBe(false)
      const jpeg = await photo({ title: 'No es subtítulo' })
      await expect(
        payload.update({ collection: 'archive-assets', id: plain.id, data: { captionFile: jpeg.id } as never, user: users.producer, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'captionFile' })] } })
      // Users cannot set the derived flag.
      const forged = (await payload.update({ collection: 'archive-assets', id: plain.id, data: { hasCaptions: true } as never, user: users.producer, overrideAccess: false })) as any
      expect(forged.hasCaptions).toBe(false)

      // The accessibility check reads the asset: no per-use declaration needed.
      const piece = await createContent({ kind: 'audiovisual-piece', videos: [{ asset: clip.id }, { asset: burned.id }] })
      expect(result(piece, 'accessibility').status).toBe('pass')
      const missing = await createContent({ kind: 'audiovisual-piece', videos: [{ asset: plain.id }] })
      expect(result(missing, 'accessibility').messages.join(' ')).toMatch(/Sin subtítulos/)

      // The "captioned video share" indicator computes from the same truth: 2 of 3 new videos.
      const now = new Date()
      const period = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`
      for (const mode of ['auto', 'neutral'] as const) {
        const value = await computeIndicator(await createLocalReq({}, payload), { computation: 'captioned-video-share' }, parsePeriod(period), {
          mode,
          finishedRequestStatuses: [],
        })
        expect(value).toMatchObject({ available: true, numerator: 2, denominator: 3, value: 66.67 })
      }
      // Adding a caption file later counts.
      await payload.update({ collection: 'archive-assets', id: plain.id, data: { captionFile: vtt.id } as never, user: users.producer, overrideAccess: false })
      const after = await computeIndicator(await createLocalReq({}, payload), { computation: 'captioned-video-share' }, parsePeriod(period), {
        mode: 'auto',
        finishedRequestStatuses: [],
      })
      expect(after).toMatchObject({ numerator: 3, denominator: 3, value: 100 })
    })
  })

  describe('audio and video files (real bytes, no ffmpeg)', () => {
    it('a WAV made in the test: sniffed as audio/wav, whole-file SHA-256, duration, sample rate, channels', async () => {
      const wav = makeWav(2.5, 8000, 2)
      const asset = await upload(wav, 'entrevista.wav', 'audio/wav', { title: 'Entrevista radial', kind: 'audio' }, users.producer)
      expect(asset.mimeType).toMatch(/^audio\/(x-)?wav$/)
      expect(asset.sha256).toBe(crypto.createHash('sha256').update(wav).digest('hex'))
      expect(asset.filesize).toBe(wav.length)
      expect(asset.media).toMatchObject({ durationSeconds: 2.5, sampleRate: 8000, channels: 2, bitsPerSample: 16 })
      expect(asset.sizes.thumbnail.filename).toBeNull()
      expect((await files.read(`archive/${asset.filename}`)).equals(wav)).toBe(true)
      // A WAV declared as MP3 is refused, naming both types.
      await expect(upload(makeWav(1), 'falso.mp3', 'audio/mpeg', { title: 'x', kind: 'audio' })).rejects.toMatchObject({
        status: 400,
        data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/audio\/mpeg.*audio\/(x-)?wav/) })] },
      })
    })

    it('a hand-built MP4: sniffed as video/mp4, SHA-256, duration and creation time from mvhd (capturedAt)', async () => {
      const mp4 = makeMp4(12_345, new Date('2026-04-20T15:30:00Z'))
      const asset = await upload(mp4, 'rueda-de-prensa.mp4', 'video/mp4', { title: 'Rueda de prensa', kind: 'video' }, users.producer)
      expect(asset.mimeType).toBe('video/mp4')
      expect(asset.sha256).toBe(crypto.createHash('sha256').update(mp4).digest('hex'))
      expect(asset.media.durationSeconds).toBe(12.345)
      expect(asset.capturedAt).toBe('2026-04-20T15:30:00.000Z')
      // An MP4 renamed .mov with a QuickTime type is refused (the real type is sniffed).
      await expect(upload(makeMp4(1000, new Date()), 'otro.mov', 'video/quicktime', { title: 'x', kind: 'video' })).rejects.toMatchObject({ status: 400 })
    })
  })

  // Temp files of REST uploads (every outcome, in the app's own temp folder): tempFiles.int.spec.ts.

  describe('focal point re-crop (what the admin picker saves)', () => {
    it('moving focalX/focalY re-crops every cover rendition around it, leaves the original and the web rendition alone', async () => {
      const red = { r: 220, g: 20, b: 20 }
      const blue = { r: 20, g: 20, b: 220 }
      const asset = await upload(await makePiece(1800, 600, [red, blue]), 'franja.png', 'image/png', { title: 'Franja', consent: 'none-identifiable' })
      const originalBytes = await files.read(`archive/${asset.filename}`)
      const webBefore = await files.read(`archive/${asset.sizes.web.filename}`)
      const mean = async (file: string) => (await sharp(await files.read(`archive/${file}`)).stats()).channels.map((c) => c.mean)
      const moved = (await payload.update({
        collection: 'archive-assets',
        id: asset.id,
        data: { focalX: 92.5, focalY: 40 } as never,
        user: users.designer,
        overrideAccess: false,
      })) as any
      expect(moved.focalX).toBe(92.5)
      for (const name of ['thumbnail', 'social']) {
        const [r, , b] = await mean(moved.sizes[name].filename)
        expect(b).toBeGreaterThan(200) // square crops now sit on the right (blue) half
        expect(r).toBeLessThan(40)
        expect(moved.sizes[name].filename).toBe(asset.sizes[name].filename)
      }
      expect((await files.read(`archive/${asset.filename}`)).equals(originalBytes)).toBe(true)
      expect((await files.read(`archive/${asset.sizes.web.filename}`)).equals(webBefore)).toBe(true)
      expect(moved.sha256).toBe(asset.sha256)
      const back = (await payload.update({ collection: 'archive-assets', id: asset.id, data: { focalX: 5 } as never, user: users.designer, overrideAccess: false })) as any
      const [r] = await mean(back.sizes.social.filename)
      expect(r).toBeGreaterThan(200)
    })
  })

  describe('disposal acts (Ley 594/2000)', () => {
    const past = (years: number) => {
      const date = new Date()
      date.setUTCFullYear(date.getUTCFullYear() - years)
      return date.toISOString()
    }

    it('head executes an act: expired assets are retired (never deleted), the act records who, when and checksums; refused on hold or not expired', async () => {
      const expired = await photo({ title: 'Evento 2015', capturedAt: past(10), retention: { years: 5 } })
      const expired2 = await photo({ title: 'Evento 2016', capturedAt: past(9), retention: { years: 5 } })
      const recent = await photo({ title: 'Evento reciente', capturedAt: past(1), retention: { years: 5 } })
      const held = await photo({ title: 'Evento en litigio', capturedAt: past(10), retention: { years: 5 } })
      await payload.update({ collection: 'archive-assets', id: held.id, data: { legalHold: true, legalHoldReason: 'Proceso disciplinario 2024-17' } as never, user: users.head, overrideAccess: false })

      // Not head/admin: refused.
      await expect(
        payload.create({
          collection: 'archive-disposals' as never,
          data: { actNumber: 'ACT-1', title: 'x', basis: 'TRD', assets: [expired.id] } as never,
          user: users.designer,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })

      const draft = (await payload.create({
        collection: 'archive-disposals' as never,
        data: { actNumber: 'CIGD-2026-07', title: 'Eliminación de registros fotográficos', basis: 'TRD serie 100.21, concepto del comité', assets: [expired.id, recent.id, held.id] } as never,
        user: users.head,
        overrideAccess: false,
      })) as any
      expect(draft.status).toBe('draft')
      const refused = await payload
        .update({ collection: 'archive-disposals' as never, id: draft.id, data: { status: 'executed' } as never, user: users.head, overrideAccess: false })
        .catch((error: any) => error)
      expect(refused.status).toBe(400)
      const message = refused.data.errors[0].message as string
      expect(refused.data.errors[0].path).toBe('assets')
      expect(message).toMatch(/Evento reciente.*retención vence/)
      expect(message).toMatch(/Evento en litigio.*retención legal/)
      expect(message).not.toMatch(/Evento 2015/)
      // Nothing changed: the act is still a draft and every asset active.
      expect(((await payload.findByID({ collection: 'archive-disposals' as never, id: draft.id, overrideAccess: true })) as any).status).toBe('draft')
      for (const a of [expired, recent, held]) {
        expect(((await payload.findByID({ collection: 'archive-assets', id: a.id, overrideAccess: true })) as any).status).toBe('active')
      }

      const executed = (await payload.update({
        collection: 'archive-disposals' as never,
        id: draft.id,
        data: { assets: [expired.id, expired2.id], status: 'executed' } as never,
        user: users.head,
        overrideAccess: false,
      })) as any
      expect(executed.status).toBe('executed')
      expect(String(executed.executedBy?.id ?? executed.executedBy)).toBe(String(users.head.id))
      expect(executed.executedAt).toBeTruthy()
      expect(executed.items.map((i: any) => i.sha256).sort()).toEqual([expired.sha256, expired2.sha256].sort())
      for (const a of [expired, expired2]) {
        const after = (await payload.findByID({ collection: 'archive-assets', id: a.id, overrideAccess: true })) as any
        expect(after.status).toBe('retired')
        expect(after.retiredReason).toMatch(/CIGD-2026-07/)
        expect(String(after.disposal?.id ?? after.disposal)).toBe(String(draft.id))
        expect(after.sha256).toBe(a.sha256)
        await expect(files.exists(`archive/${after.filename}`)).resolves.toBe(true)
      }
      // An executed act is immutable, and no act is deleted.
      await expect(
        payload.update({ collection: 'archive-disposals' as never, id: draft.id, data: { title: 'otro' } as never, user: users.admin, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 409 })
      await expect(payload.delete({ collection: 'archive-disposals' as never, id: draft.id, overrideAccess: true })).rejects.toMatchObject({ status: 403 })
      // The auditor reads it; the editor does not.
      await expect(payload.findByID({ collection: 'archive-disposals' as never, id: draft.id, user: users.auditor, overrideAccess: false })).resolves.toBeTruthy()
      await expect(payload.findByID({ collection: 'archive-disposals' as never, id: draft.id, user: users.editor, overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    })

    it('a series of permanent retention (CT) cannot be disposed of', async () => {
      const series = (await payload.create({
        collection: 'retention-series',
        data: { code: '200.10', seriesCode: '200', seriesName: 'Actas', officeYears: 1, centralYears: 1, disposition: 'CT' } as never,
        overrideAccess: true,
      })) as any
      const asset = await photo({ title: 'Acta histórica', capturedAt: past(5), retention: { series: series.id } })
      expect(asset.retention.disposition).toBe('CT')
      await expect(
        payload.create({
          collection: 'archive-disposals' as never,
          data: { actNumber: 'CIGD-2026-08', title: 'x', basis: 'y', assets: [asset.id], status: 'executed' } as never,
          user: users.admin,
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'assets', message: expect.stringMatching(/conservación total/) })] } })
    })
  })
})
