import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { TestUser } from './fixtures.js'

import { approvalGate } from '../../../src/features/checks/approvalGate.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg, makePiece, makeUsers } from './fixtures.js'

const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [
    { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] },
  ] },
})

// Shared 2-core machine: uploads with renditions can be slow when other suites run in parallel.
jest.setTimeout(180_000)

describe('checks of part C on contents (stored results, approval gate, head override)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let onPalette: any
  let offPalette: any
  let pendingPhoto: any
  let video: any

  const upload = async (data: Buffer, name: string, mimetype: string, extra: Record<string, unknown>) =>
    payload.create({ collection: 'archive-assets', data: assetData(extra) as never, file: fileOf(data, name, mimetype), user: users.designer, overrideAccess: false })

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    await payload.updateGlobal({
      slug: 'brand-manual',
      data: {
        version: '2026.1',
        palette: [
          { name: 'Verde institucional', hex: '#00843D', role: 'primary' },
          { name: 'Amarillo', hex: '#FFD100', role: 'secondary' },
          { name: 'Blanco', hex: '#FFFFFF', role: 'neutral' },
        ],
        colourTolerance: 10,
        blocklist: [{ term: 'Pasto, la Gran Capital', reason: 'lema del gobierno de turno' }],
      } as never,
      overrideAccess: true,
    })
    const green = { r: 0, g: 132, b: 61 }
    const yellow = { r: 255, g: 209, b: 0 }
    onPalette = await upload(await makePiece(1080, 1080, [green, yellow]), 'pieza-ok.png', 'image/png', {
      title: 'Pieza en paleta', kind: 'design-file', consent: 'none-identifiable', alt: 'Afiche de vacunación',
    })
    offPalette = await upload(await makePiece(1080, 1080, [{ r: 194, g: 24, b: 91 }, { r: 120, g: 40, b: 200 }]), 'pieza-mal.png', 'image/png', {
      title: 'Pieza fucsia', kind: 'design-file', consent: 'none-identifiable', alt: 'Afiche',
    })
    pendingPhoto = await upload(await makeJpeg(400, 300, { seed: 40 }), 'barrio.jpg', 'image/jpeg', { title: 'Foto barrio', consent: 'pending' })
    video = await upload(Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nHola\n'), 'sub.vtt', 'text/vtt', { title: 'Subtítulos', kind: 'document' })
  }, 240_000)
  afterAll(() => app.close())

  const createContent = (data: Record<string, unknown>) =>
    makeContent(payload, { title: 'Campaña de vacunación', kind: 'graphic-piece', channels: ['instagram'], ...data })

  it('brand-manual is versioned; brand assets take the current manual version; only designers, head and admin upload them', async () => {
    await payload.updateGlobal({ slug: 'brand-manual', data: { version: '2026.2' } as never, user: users.designer, overrideAccess: false })
    const versions = await payload.findGlobalVersions({ slug: 'brand-manual', overrideAccess: true })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(2)
    await expect(
      payload.updateGlobal({ slug: 'brand-manual', data: { version: 'x' } as never, user: users.editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    const logo = await makePiece(400, 400, [{ r: 0, g: 132, b: 61 }])
    const asset = (await payload.create({
      collection: 'brand-assets',
      data: { title: 'Escudo de Pasto', kind: 'logo', variant: 'colour', usageNotes: 'Margen mínimo 10 mm' } as never,
      file: fileOf(logo, 'escudo.png', 'image/png'),
      user: users.designer,
      overrideAccess: false,
    })) as any
    expect(asset.manualVersion).toBe('2026.2')
    expect(asset.sizes.thumbnail.filename).toBeTruthy()
    await expect(
      payload.create({
        collection: 'brand-assets',
        data: { title: 'x', kind: 'logo' } as never,
        file: fileOf(await makePiece(50, 50, [{ r: 1, g: 2, b: 3 }]), 'x.png', 'image/png'),
        user: users.requester,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.updateGlobal({ slug: 'brand-manual', data: { version: '2026.1' } as never, overrideAccess: true })
  })

  it('an on-palette, channel-sized piece with alt text passes; the results are stored on the content', async () => {
    const content = await createContent({ heroImage: onPalette.id, body: paragraph('La Alcaldía invita a vacunarse. Es gratis.') })
    expect(content.checks.blocking).toBe(false)
    const brand = content.checks.results.find((r: any) => r.check === 'brand')
    expect(brand.status).toBe('pass')
    expect(typeof content.checks.readability).toBe('number')
    expect(await approvalGate({ doc: content, req: await createLocalReq({}, payload) })).toEqual([])
  })

  it('an off-palette piece, a photo with pending consent, a missing alt and a blocked slogan all block approval', async () => {
    const content = await createContent({
      heroImage: offPalette.id,
      gallery: [{ asset: pendingPhoto.id }],
      body: paragraph('Pasto la gran capital avanza con obras.'),
    })
    expect(content.checks.blocking).toBe(true)
    const byCheck = Object.fromEntries(content.checks.results.map((r: any) => [r.check, r]))
    expect(byCheck.brand.status).toBe('fail')
    expect(byCheck.brand.messages.join(' ')).toMatch(/Pieza fucsia/)
    expect(byCheck.consent.status).toBe('fail')
    expect(byCheck.accessibility.status).toBe('fail') // the gallery photo has no alt
    expect(byCheck.neutrality.status).toBe('fail')
    expect(byCheck.plainLanguage.status).toBe('info')
    const gate = await approvalGate({ doc: content, req: await createLocalReq({}, payload) })
    expect(gate.some((m) => /fuera de la paleta/.test(m))).toBe(true)
    expect(gate.some((m) => /pendiente/.test(m))).toBe(true)
    expect(gate.some((m) => /Ley 2345/.test(m))).toBe(true)
    // The same content for an internal audience is not blocked by consent.
    const internal = await createContent({ audience: 'internal', kind: 'news', gallery: [{ asset: pendingPhoto.id, alt: 'Vecinos' }] })
    expect(internal.checks.results.find((r: any) => r.check === 'consent').status).toBe('pass')
  })

  it('videos need captions unless live; a caption file or burned-in captions pass', async () => {
    const content = await createContent({ kind: 'audiovisual-piece', videos: [{ asset: video.id }] })
    expect(content.checks.results.find((r: any) => r.check === 'accessibility').status).toBe('fail')
    const fixed = await createContent({ kind: 'audiovisual-piece', videos: [{ asset: video.id, captions: video.id }] })
    expect(fixed.checks.results.find((r: any) => r.check === 'accessibility').status).toBe('pass')
  })

  it('the head overrides a failed check with a reason: recorded in the audit trail; others cannot', async () => {
    const content = await createContent({ kind: 'news', body: paragraph('Pasto la gran capital.') })
    expect(content.checks.blocking).toBe(true)
    // An editor's override is ignored (field access).
    const byEditor = (await payload.update({
      collection: 'contents',
      id: content.id,
      data: { checkOverrides: [{ check: 'neutrality', reason: 'Yo decido' }] } as never,
      user: users.editor,
      overrideAccess: false,
      context: { skipWorkflow: true },
    }).catch((error: unknown) => error)) as any
    const afterEditor = (await payload.findByID({ collection: 'contents', id: content.id, overrideAccess: true })) as any
    expect(afterEditor.checkOverrides ?? []).toHaveLength(0)
    void byEditor

    const updated = (await payload.update({
      collection: 'contents',
      id: content.id,
      data: { checkOverrides: [{ check: 'neutrality', reason: 'Es el nombre oficial de un programa nacional, no un lema' }] } as never,
      user: users.head,
      overrideAccess: false,
      context: { skipWorkflow: true },
    })) as any
    expect(updated.checkOverrides).toHaveLength(1)
    expect(String(updated.checkOverrides[0].by?.id ?? updated.checkOverrides[0].by)).toBe(String(users.head.id))
    expect(updated.checks.blocking).toBe(false)
    expect(await approvalGate({ doc: updated, req: await createLocalReq({}, payload) })).toEqual([])
    const events = await payload.find({ collection: 'workflow-events', where: { document: { equals: String(content.id) } }, overrideAccess: true })
    const event = events.docs.find((e: any) => e.to === 'check:neutrality:overridden') as any
    expect(event).toBeTruthy()
    expect(event.comment).toMatch(/programa nacional/)
    expect(String(event.actor?.id ?? event.actor)).toBe(String(users.head.id))
  })
})
