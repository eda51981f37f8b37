import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createLocalReq } from 'payload'
import sharp from 'sharp'

import type { TestUser } from './fixtures.js'

import { CONSENT_ENDED_ALERT } from '../../../src/features/archive/consentEndedAlerts.js'
import { runConsentEnded } from '../../../src/features/archive/tasks/archiveConsentEnded.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { stored } from '../../helpers/stored.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg, makeUsers } from './fixtures.js'

jest.setTimeout(240_000)

/**
 * Issue 13, items 1–3 and 5 (the archive's trust holes), on the real database through the Local
 * API (`overrideAccess: false`), Payload's REST route handlers and its GraphQL handler, in process.
 * The same cases run over HTTP against the built app in tests/e2e/archive-trust.e2e.spec.ts.
 */
type Asset = { id: number | string; title: string; filename: string; sha256: string; sizes: Record<string, { filename: string }> }

let app: Booted
let payload: Payload
let users: Record<string, TestUser>
let spool: string
const tokens: Record<string, string> = {}
let seed = 3000

const list = async (dir: string) => (await fs.readdir(dir).catch(() => [] as string[])).sort()
/**
 * Everything a write could leave: served files, kept originals (in the app's storage: the media
 * folder, or S3 with PREGONERO_TEST_STORAGE=s3), spooled uploads.
 */
const files = stored()
const disk = async () => ({ archive: await files.list('archive'), originals: await files.list('archive-originals'), spool: await list(spool) })

const auth = (who?: string): Record<string, string> => (who ? { Authorization: `JWT ${tokens[who]}` } : {})
const call = async (method: 'GET' | 'PATCH' | 'POST', route: string, who?: string, body?: BodyInit, extra: Record<string, string> = {}) => {
  const url = `http://localhost:3000/api/${route}`
  const request = new Request(url, { method, headers: { ...auth(who), ...extra }, body })
  const slug = new URL(url).pathname.replace(/^\/api\//, '').split('/')
  const handler = method === 'GET' ? REST_GET(payload.config) : method === 'PATCH' ? REST_PATCH(payload.config) : REST_POST(payload.config)
  const response = await handler(request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, headers: response.headers, text, json }
}
const graphql = async (query: string, who?: string) => {
  const response = await GRAPHQL_POST(payload.config)(
    new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(who) }, body: JSON.stringify({ query }) }),
  )
  return (await response.json()) as any
}
const form = (bytes: Buffer, name: string, type: string, data: Record<string, unknown>) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}
const upload = async (title: string, extra: Record<string, unknown>, by: TestUser, bytes?: Buffer) =>
  (await payload.create({
    collection: 'archive-assets',
    data: assetData({ title, ...extra }) as never,
    file: fileOf(bytes ?? (await makeJpeg(240, 180, { seed: seed++ })), `${title}.jpg`, 'image/jpeg'),
    user: by,
    overrideAccess: false,
  })) as unknown as Asset

beforeAll(async () => {
  spool = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-trust-spool-'))
  app = await bootPayload({ PREGONERO_UPLOAD_TMP_DIR: spool, RATE_LIMIT_ENABLED: 'false' })
  payload = app.payload
  users = await makeUsers(payload)
  for (const key of Object.keys(users)) {
    const { token } = await payload.login({ collection: 'users', data: { email: `${key}@pasto.gov.co`, password: TEST_PASSWORD } })
    tokens[key] = token!
  }
}, 240_000)
afterAll(async () => {
  await app?.close()
  delete process.env.PREGONERO_UPLOAD_TMP_DIR
  await fs.rm(spool, { recursive: true, force: true })
})

describe('item 1: a refused create or update writes nothing, on any path, and leaves no temp file', () => {
  let target: Asset
  beforeAll(async () => {
    target = await upload('Original intacto', { accessLevel: 'internal', consent: 'none-identifiable' }, users.designer!)
  })

  const REFUSED_UPDATE = [undefined, 'requester', 'auditor', 'editor', 'community', 'designer2']

  it.each(REFUSED_UPDATE.map((who) => [who ?? 'anonymous', who] as const))('REST PATCH with a file as %s: 403, no copy in the originals folder, no file, no temp file', async (_label, who) => {
    const before = await disk()
    const res = await call('PATCH', `archive-assets/${target.id}`, who, form(await makeJpeg(200, 150, { seed: seed++ }), 'reemplazo.jpg', 'image/jpeg', { title: 'Cambiado' }))
    expect(res.status).toBe(403)
    expect(await disk()).toEqual(before)
    const after = (await payload.findByID({ collection: 'archive-assets', id: target.id, overrideAccess: true })) as any
    expect([after.title, after.filename, after.previousFiles ?? []]).toEqual(['Original intacto', target.filename, []])
  })

  it('REST POST with a file as anonymous, requester or auditor: 403, nothing written', async () => {
    for (const who of [undefined, 'requester', 'auditor']) {
      const before = await disk()
      const count = (await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs
      const res = await call('POST', 'archive-assets', who, form(await makeJpeg(200, 150, { seed: seed++ }), 'nueva.jpg', 'image/jpeg', { title: 'Nueva', kind: 'photo' }))
      expect([who, res.status]).toEqual([who, 403])
      expect(await disk()).toEqual(before)
      expect((await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs).toBe(count)
    }
  })

  it('a bulk PATCH with a file by a caller who may not write is the same 403 (not a 400 about bulk replacement)', async () => {
    const before = await disk()
    const res = await call('PATCH', `archive-assets?where[id][equals]=${target.id}`, 'requester', form(await makeJpeg(100, 80, { seed: seed++ }), 'lote.jpg', 'image/jpeg', {}))
    expect(res.status).toBe(403)
    expect(await disk()).toEqual(before)
  })

  it('Local API (overrideAccess: false) and GraphQL: refused, nothing written', async () => {
    const before = await disk()
    for (const who of ['requester', 'auditor', 'designer2']) {
      await expect(
        payload.update({
          collection: 'archive-assets',
          id: target.id,
          data: {},
          file: fileOf(await makeJpeg(120, 90, { seed: seed++ }), 'local.jpg', 'image/jpeg'),
          user: users[who],
          overrideAccess: false,
        }),
      ).rejects.toMatchObject({ status: 403 })
      const gql = await graphql(`mutation { updateArchiveAsset(id: ${JSON.stringify(target.id)}, data: { title: "Por GraphQL", license: { type: institutional } }) { id } }`, who)
      // An auditor is told why (they read, they do not write); the others get Payload's refusal.
      const refusal = who === 'auditor' ? /no los crean, cambian ni borran/ : /not allowed|permiso/i
      expect([who, gql.data?.updateArchiveAsset ?? null, gql.errors?.[0]?.message]).toEqual([who, null, expect.stringMatching(refusal)])
    }
    const anonymous = await graphql(`mutation { updateArchiveAsset(id: ${JSON.stringify(target.id)}, data: { title: "Anónimo", license: { type: institutional } }) { id } }`)
    expect(anonymous.errors?.[0]?.message).toMatch(/not allowed|permiso/i)
    expect(await disk()).toEqual(before)
    expect(((await payload.findByID({ collection: 'archive-assets', id: target.id, overrideAccess: true })) as any).title).toBe('Original intacto')
  })

  it('every upload collection (brand-assets): a refused PATCH or POST with a file writes nothing', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#114477' } }).png().toBuffer()
    const logo = (await payload.create({ collection: 'brand-assets', data: { title: 'Escudo', kind: 'logo' } as never, file: fileOf(png, 'escudo.png', 'image/png'), overrideAccess: true })) as any
    const before = { brand: await files.list('brand'), ...(await disk()) }
    for (const who of [undefined, 'requester', 'auditor', 'editor']) {
      const bytes = await makeJpeg(100, 100, { seed: seed++ })
      expect([who, (await call('PATCH', `brand-assets/${logo.id}`, who, form(bytes, 'otro.jpg', 'image/jpeg', { title: 'Otro' }))).status]).toEqual([who, 403])
      expect([who, (await call('POST', 'brand-assets', who, form(bytes, 'nuevo.jpg', 'image/jpeg', { title: 'Nuevo', kind: 'logo' }))).status]).toEqual([who, 403])
    }
    expect({ brand: await files.list('brand'), ...(await disk()) }).toEqual(before)
  })

  it('the uploader may still replace the file over REST: the previous original is kept, no temp file left', async () => {
    const res = await call('PATCH', `archive-assets/${target.id}`, 'designer', form(await makeJpeg(200, 150, { seed: seed++ }), 'nueva-version.jpg', 'image/jpeg', {}))
    expect(res.status).toBe(200)
    expect(res.json.doc.previousFiles).toHaveLength(1)
    expect(await files.list('archive-originals')).toHaveLength(1)
    expect(await list(spool)).toEqual([])
  })
})

describe('item 2: existence never leaks through a duplicate answer', () => {
  let hidden: Asset
  let hiddenBytes: Buffer
  let internal: Asset
  let internalBytes: Buffer
  beforeAll(async () => {
    hiddenBytes = await makeJpeg(260, 200, { seed: seed++ })
    hidden = await upload('Operativo reservado', { accessLevel: 'restricted', consent: 'none-identifiable' }, users.producer!, hiddenBytes)
    internalBytes = await makeJpeg(260, 200, { seed: seed++ })
    internal = await upload('Rueda de prensa', { accessLevel: 'internal', consent: 'none-identifiable' }, users.producer!, internalBytes)
  })
  const secrets = () => ['Operativo reservado', `id ${hidden.id}`, hidden.sha256]

  it('anonymous, requester, auditor, editor: the same 403 as any unauthorised upload, naming nothing', async () => {
    for (const who of [undefined, 'requester', 'auditor', 'editor']) {
      const same = await call('POST', 'archive-assets', who, form(hiddenBytes, 'copia.jpg', 'image/jpeg', { title: 'Copia', kind: 'photo' }))
      const fresh = await call('POST', 'archive-assets', who, form(await makeJpeg(90, 90, { seed: seed++ }), 'otra.jpg', 'image/jpeg', { title: 'Otra', kind: 'photo' }))
      expect([who, same.status]).toEqual([who, 403])
      expect(same.json).toEqual(fresh.json)
      for (const secret of secrets()) expect(same.text).not.toContain(secret)
    }
  })

  it("a designer who may upload but not read the producer's restricted asset: the refusal of an unauthorised write, naming nothing", async () => {
    const before = await disk()
    const same = await call('POST', 'archive-assets', 'designer', form(hiddenBytes, 'copia.jpg', 'image/jpeg', { title: 'Copia', kind: 'photo' }))
    const unauthorised = await call('POST', 'archive-assets', 'requester', form(await makeJpeg(90, 90, { seed: seed++ }), 'x.jpg', 'image/jpeg', { title: 'X', kind: 'photo' }))
    expect(same.status).toBe(403)
    expect(same.json).toEqual(unauthorised.json)
    for (const secret of secrets()) expect(same.text).not.toContain(secret)
    expect(await disk()).toEqual(before)
    // Local API and a file replacement: the same
    await expect(
      payload.create({ collection: 'archive-assets', data: assetData({ title: 'Copia' }) as never, file: fileOf(hiddenBytes, 'c.jpg', 'image/jpeg'), user: users.designer, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403, message: expect.not.stringContaining('Operativo reservado') })
    const own = await upload('Mía', { accessLevel: 'internal', consent: 'none-identifiable' }, users.designer!)
    const replaced = await call('PATCH', `archive-assets/${own.id}`, 'designer', form(hiddenBytes, 'c.jpg', 'image/jpeg', {}))
    expect(replaced.status).toBe(403)
    for (const secret of secrets()) expect(replaced.text).not.toContain(secret)
  })

  it('a caller who may read the existing asset gets the 409 naming it (head: the restricted one; designer: an internal one)', async () => {
    const head = await call('POST', 'archive-assets', 'head', form(hiddenBytes, 'copia.jpg', 'image/jpeg', { title: 'Copia', kind: 'photo' }))
    expect(head.status).toBe(409)
    expect(head.json.errors[0].message).toContain(`"Operativo reservado" (id ${hidden.id})`)
    const designer = await call('POST', 'archive-assets', 'designer', form(internalBytes, 'copia.jpg', 'image/jpeg', { title: 'Copia', kind: 'photo' }))
    expect(designer.status).toBe(409)
    expect(designer.json.errors[0].message).toContain(`"Rueda de prensa" (id ${internal.id})`)
    expect(await list(spool)).toEqual([])
  })

  it('a kept original of a restricted asset is not named either', async () => {
    const replacement = await makeJpeg(260, 200, { seed: seed++ })
    await payload.update({ collection: 'archive-assets', id: hidden.id, data: {}, file: fileOf(replacement, 'v2.jpg', 'image/jpeg'), user: users.producer, overrideAccess: false })
    // hiddenBytes are now a kept original of the restricted asset
    const res = await call('POST', 'archive-assets', 'designer', form(hiddenBytes, 'copia.jpg', 'image/jpeg', { title: 'Copia', kind: 'photo' }))
    expect(res.status).toBe(403)
    for (const secret of secrets()) expect(res.text).not.toContain(secret)
  })
})

describe('item 3: consent in force decides public visibility, at query time', () => {
  const now = () => Date.now()
  const iso = (ms: number) => new Date(ms).toISOString()
  const consent = (extra: Record<string, unknown> = {}) => ({
    person: 'Rosa Delgado',
    channels: ['web', 'facebook'],
    purposes: ['institutional'],
    validFrom: iso(now() - 30 * 86_400_000),
    ...extra,
  })
  const publicAsset = (title: string, records: Record<string, unknown>[]) =>
    upload(title, { accessLevel: 'public', consent: 'consent-on-file', consentRecords: records }, users.designer!)

  /** What an anonymous caller gets for this asset: Local, REST (list, by id, count), GraphQL, its rendition URL. */
  const anonymousView = async (asset: Asset) => {
    const local = await payload.find({ collection: 'archive-assets', where: { id: { equals: asset.id } }, overrideAccess: false })
    const rest = await call('GET', `archive-assets?where[id][equals]=${asset.id}`)
    const byId = await call('GET', `archive-assets/${asset.id}`)
    const gql = await graphql(`{ ArchiveAssets(where: { id: { equals: ${JSON.stringify(asset.id)} } }) { totalDocs } }`)
    const file = await call('GET', `archive-assets/file/${asset.sizes.card!.filename}`)
    return { local: local.totalDocs, rest: rest.json.totalDocs, byId: byId.status, graphql: gql.data.ArchiveAssets.totalDocs, file: file.status }
  }
  const VISIBLE = { local: 1, rest: 1, byId: 200, graphql: 1, file: 200 }
  const HIDDEN = { local: 0, rest: 0, byId: 404, graphql: 0, file: 403 }

  it('every record in force and covering web + institutional: public; revoked (by the designer, over REST): hidden at once, renditions 403', async () => {
    const asset = await publicAsset('Mercado campesino', [consent(), consent({ person: 'Luis Ortega' })])
    expect(await anonymousView(asset)).toEqual(VISIBLE)
    const staff = (await payload.findByID({ collection: 'archive-assets', id: asset.id, user: users.designer, overrideAccess: false })) as any
    const records = staff.consentRecords.map((record: any) => ({ ...record }))
    records[1].revokedAt = iso(now() - 1000)
    const res = await call('PATCH', `archive-assets/${asset.id}`, 'designer', JSON.stringify({ consentRecords: records }), { 'Content-Type': 'application/json' })
    expect(res.status).toBe(200)
    expect(await anonymousView(asset)).toEqual(HIDDEN)
    // staff still find it (visibility of the public face only)
    expect((await payload.count({ collection: 'archive-assets', where: { id: { equals: asset.id } }, user: users.editor, overrideAccess: false })).totalDocs).toBe(1)
  })

  it('an expiry takes effect at its instant, with no save and no job in between', async () => {
    const asset = await publicAsset('Feria de las flores', [consent(), consent({ person: 'Marta Gómez', validUntil: iso(now() + 6000) })])
    expect(await anonymousView(asset)).toEqual(VISIBLE)
    await new Promise((resolve) => setTimeout(resolve, 6500))
    expect(await anonymousView(asset)).toEqual(HIDDEN)
  })

  it('ANY record failing hides it: one of two expired, one not covering the web, one for campaigns only, one not yet in force', async () => {
    const cases = [
      await publicAsset('Uno vencido', [consent(), consent({ person: 'B', validFrom: iso(now() - 90 * 86_400_000), validUntil: iso(now() - 86_400_000) })]),
      await publicAsset('Sin web', [consent(), consent({ person: 'B', channels: ['facebook'] })]),
      await publicAsset('Solo campañas', [consent({ purposes: ['campaign'] })]),
      await publicAsset('Aún no', [consent({ validFrom: iso(now() + 86_400_000) })]),
    ]
    for (const asset of cases) expect([asset.title, await anonymousView(asset)]).toEqual([asset.title, HIDDEN])
  })

  it('a minor named only in a consent record makes the asset "minors present" (hidden without guardian consent)', async () => {
    const asset = await publicAsset('Niños en el parque', [consent({ person: 'Niño', minor: true, guardian: 'Madre' })])
    expect(await anonymousView(asset)).toEqual(HIDDEN)
  })

  describe('published contents using an asset whose consent ends raise an alert to the head', () => {
    const publish = (title: string, data: Record<string, unknown>) =>
      makeContent(payload, { title, channels: ['web'], _status: 'published', stage: 'published', ...data })
    const uploadNode = (id: unknown) => ({ type: 'upload', version: 3, format: '', id: crypto.randomUUID(), relationTo: 'archive-assets', value: id, fields: { alt: 'Foto del desfile' } })
    const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children } })
    const alertsFor = async (contentId: unknown) =>
      (
        await payload.find({
          collection: 'alerts',
          where: { and: [{ kind: { equals: CONSENT_ENDED_ALERT } }, { 'subject.documentId': { equals: String(contentId) } }, { status: { not_equals: 'resolved' } }] },
          overrideAccess: true,
        })
      ).docs as any[]

    it('revocation: at once, for the hero image and an inline body image; the message names asset and content, never the person', async () => {
      const asset = await publicAsset('Desfile escolar', [consent({ person: 'Carolina Paz' })])
      const hero = await publish('Crónica del desfile', { heroImage: asset.id })
      const inline = await publish('Galería del desfile', { body: body(uploadNode(asset.id)) })
      const unrelated = await publish('Otra noticia', {})
      const draft = await makeContent(payload, { title: 'Borrador', heroImage: asset.id, _status: 'draft', stage: 'draft' }, { draft: true })
      expect(await alertsFor(hero.id)).toHaveLength(0)
      await payload.update({
        collection: 'archive-assets',
        id: asset.id,
        data: { consentRecords: [consent({ person: 'Carolina Paz', revokedAt: iso(now() - 1000) })] } as never,
        user: users.designer,
        overrideAccess: false,
      })
      const [alert] = await alertsFor(hero.id)
      expect(alert).toMatchObject({ severity: 'critical', subject: { collection: 'contents', title: 'Crónica del desfile' } })
      expect(alert.message).toMatch(/Desfile escolar/)
      expect(alert.message).toMatch(/Crónica del desfile/)
      expect(alert.message).not.toMatch(/Carolina|Paz/)
      expect(await alertsFor(inline.id)).toHaveLength(1)
      expect(await alertsFor(unrelated.id)).toHaveLength(0)
      expect(await alertsFor((draft as any).id)).toHaveLength(0)
    })

    it('expiry: the job raises it (once, however often it runs) and resolves it when the content no longer uses the asset', async () => {
      const asset = await publicAsset('Concierto', [consent({ validUntil: iso(now() + 3000) })])
      const content = await publish('Concierto en la plaza', { gallery: [{ asset: asset.id }] })
      const req = await createLocalReq({}, payload)
      await runConsentEnded(req)
      expect(await alertsFor(content.id)).toHaveLength(0)
      await new Promise((resolve) => setTimeout(resolve, 3500))
      await runConsentEnded(req)
      await runConsentEnded(req)
      const alerts = await alertsFor(content.id)
      expect(alerts).toHaveLength(1)
      expect(alerts[0].message).toMatch(/vencida/)
      await payload.update({ collection: 'contents', id: content.id, data: { gallery: [] } as never, overrideAccess: true, context: { skipWorkflow: true } })
      await runConsentEnded(req)
      expect(await alertsFor(content.id)).toHaveLength(0)
    })
  })
})

describe('item 5: file answers — private caching for non-public files, active types as downloads', () => {
  let restricted: Asset
  let publicOne: Asset
  beforeAll(async () => {
    restricted = await upload('Reservada', { accessLevel: 'restricted', consent: 'none-identifiable' }, users.producer!)
    publicOne = await upload('Pública', { accessLevel: 'public', consent: 'none-identifiable' }, users.designer!)
  })
  const expectPrivate = (res: { headers: Headers }) => {
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    expect(res.headers.get('vary')).toBe('Cookie, Authorization')
  }

  it('a restricted file fetched by staff: 200, private, no-store, Vary Cookie/Authorization (original and rendition)', async () => {
    for (const name of [restricted.filename, restricted.sizes.card!.filename]) {
      const res = await call('GET', `archive-assets/file/${name}`, 'head')
      expect(res.status).toBe(200)
      expectPrivate(res)
      expect(res.headers.get('content-type')).toBe('image/jpeg')
      // once, not appended twice
      expect(res.headers.get('cache-control')).not.toMatch(/,.*private/)
    }
  })

  it('refusals and unknown files carry the same private headers (a CDN caches no 403 either)', async () => {
    for (const [who, name] of [
      [undefined, restricted.filename],
      [undefined, restricted.sizes.card!.filename],
      ['requester', restricted.filename],
      [undefined, 'no-existe.jpg'],
      ['head', 'no-existe.jpg'],
    ] as const) {
      const res = await call('GET', `archive-assets/file/${name}`, who)
      expect([who, name, res.status >= 400]).toEqual([who, name, true])
      expectPrivate(res)
    }
  })

  it('a public rendition: cacheable by a CDN for anonymous callers only; the same file fetched by staff is private', async () => {
    const anonymous = await call('GET', `archive-assets/file/${publicOne.sizes.card!.filename}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('cache-control')).toMatch(/^public, /)
    expect(anonymous.headers.get('vary')).toBe('Cookie, Authorization')
    const staff = await call('GET', `archive-assets/file/${publicOne.sizes.card!.filename}`, 'editor')
    expect(staff.status).toBe(200)
    expectPrivate(staff)
  })

  it('SVG, PDF and other active types are downloads of an inert type; images, audio, video and captions are shown', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>')
    const kinds = [
      { bytes: svg, name: 'logo.svg', type: 'image/svg+xml', kind: 'design-file', inline: false },
      { bytes: Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'), name: 'acta.pdf', type: 'application/pdf', kind: 'document', inline: false },
      { bytes: Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<script>x</script>\n'), name: 'sub.vtt', type: 'text/vtt', kind: 'document', inline: true },
    ]
    for (const { bytes, name, type, kind, inline } of kinds) {
      const asset = (await payload.create({
        collection: 'archive-assets',
        data: assetData({ title: name, kind, accessLevel: 'internal', consent: 'none-identifiable' }) as never,
        file: fileOf(bytes, name, type),
        user: users.designer,
        overrideAccess: false,
      })) as unknown as Asset
      const res = await call('GET', `archive-assets/file/${asset.filename}`, 'designer')
      expect([name, res.status]).toEqual([name, 200])
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
      if (inline) {
        expect(res.headers.get('content-disposition')).toBeNull()
      } else {
        expect([name, res.headers.get('content-type'), res.headers.get('content-disposition')]).toEqual([name, 'application/octet-stream', expect.stringMatching(/^attachment; filename="/)])
      }
    }
  })

  it('brand assets too: a template (staff only) is private, an SVG logo is a public download', async () => {
    const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#225588' } }).png().toBuffer()
    const template = (await payload.create({ collection: 'brand-assets', data: { title: 'Plantilla', kind: 'template' } as never, file: fileOf(png, 'plantilla.png', 'image/png'), overrideAccess: true })) as any
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>')
    const logo = (await payload.create({ collection: 'brand-assets', data: { title: 'Escudo', kind: 'logo' } as never, file: fileOf(svg, 'escudo.svg', 'image/svg+xml'), overrideAccess: true })) as any
    const staffTemplate = await call('GET', `brand-assets/file/${template.filename}`, 'editor')
    expect(staffTemplate.status).toBe(200)
    expectPrivate(staffTemplate)
    const anonymousTemplate = await call('GET', `brand-assets/file/${template.filename}`)
    expect(anonymousTemplate.status).toBe(403)
    expectPrivate(anonymousTemplate)
    const anonymousLogo = await call('GET', `brand-assets/file/${logo.filename}`)
    expect(anonymousLogo.status).toBe(200)
    expect(anonymousLogo.headers.get('content-type')).toBe('application/octet-stream')
    expect(anonymousLogo.headers.get('content-disposition')).toMatch(/^attachment; filename="escudo/)
    expect(anonymousLogo.headers.get('cache-control')).toMatch(/^public, /)
  })
})
