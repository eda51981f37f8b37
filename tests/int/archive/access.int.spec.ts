import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_POST } from '@payloadcms/next/routes'

import type { TestUser } from './fixtures.js'

import { decidedOnce } from '../../../src/kernel/access/index.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg, makeUsers } from './fixtures.js'

type Asset = { id: number | string; filename: string; sizes: Record<string, { filename: string }> }

// Shared 2-core machine: uploads with renditions can be slow when other suites run in parallel.
jest.setTimeout(180_000)

describe('archive-assets access (A.9) and protection (A.6)', () => {
  let app: Booted
  let payload: Payload
  let config: any
  let users: Record<string, TestUser>
  const tokens: Record<string, string> = {}
  const assets: Record<string, Asset> = {}
  let seed = 100

  const make = async (key: string, extra: Record<string, unknown>, by = users.designer) => {
    const jpeg = await makeJpeg(320, 240, { seed: seed++ })
    assets[key] = (await payload.create({
      collection: 'archive-assets',
      data: assetData({ title: key, ...extra }) as never,
      file: fileOf(jpeg, `${key}.jpg`, 'image/jpeg'),
      user: by,
      overrideAccess: false,
    })) as unknown as Asset
  }

  const rest = (method: 'DELETE' | 'GET', path: string, who?: string) => {
    const headers = new Headers()
    if (who) headers.set('Authorization', `JWT ${tokens[who]}`)
    const request = new Request(`http://localhost:3000/api/${path}`, { method, headers })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const handler = method === 'GET' ? REST_GET(config) : REST_DELETE(config)
    return handler(request, { params: Promise.resolve({ slug }) })
  }

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    config = payload.config
    users = await makeUsers(payload)
    for (const key of Object.keys(users)) {
      const { token } = await payload.login({ collection: 'users', data: { email: `${key}@pasto.gov.co`, password: TEST_PASSWORD } })
      tokens[key] = token!
    }
    const past = new Date(Date.now() - 86_400_000).toISOString()
    const future = new Date(Date.now() + 365 * 86_400_000).toISOString()
    await make('publicOk', { accessLevel: 'public', consent: 'consent-on-file' })
    await make('internal', { accessLevel: 'internal', consent: 'none-identifiable' })
    await make('restricted', { accessLevel: 'restricted', consent: 'none-identifiable' })
    await make('pendingConsent', { accessLevel: 'public', consent: 'pending' })
    await make('minorsNoGuardian', { accessLevel: 'public', consent: 'consent-on-file', minorsPresent: true })
    await make('minorsGuardian', { accessLevel: 'public', consent: 'minors-guardian-consent', people: [{ name: 'Niña', minor: true }] })
    await make('retired', { accessLevel: 'public', consent: 'none-identifiable' })
    await payload.update({ collection: 'archive-assets', id: assets.retired!.id, data: { status: 'retired', retiredReason: 'Obsoleta' } as never, overrideAccess: true })
    await make('licenceRestricted', { accessLevel: 'public', consent: 'none-identifiable', license: { type: 'restricted' } })
    await make('licenceExpired', { accessLevel: 'public', consent: 'none-identifiable', license: { type: 'third-party', licensor: 'Agencia X', expiresAt: past } })
    await make('licenceValid', { accessLevel: 'public', consent: 'none-identifiable', license: { type: 'third-party', licensor: 'Agencia X', expiresAt: future } })
  }, 240_000)
  afterAll(() => app.close())

  const PUBLIC_VISIBLE = ['publicOk', 'minorsGuardian', 'licenceValid']
  const ALL = () => Object.keys(assets)

  it('anonymous readers list only public, active, consent-settled, licence-valid assets (Local, REST, GraphQL)', async () => {
    const local = await payload.find({ collection: 'archive-assets', overrideAccess: false, limit: 100 })
    expect(local.docs.map((d: any) => d.title).sort()).toEqual([...PUBLIC_VISIBLE].sort())
    // Personal data and internal metadata never reach anonymous readers, even of a public asset.
    const guardian = local.docs.find((d: any) => d.title === 'minorsGuardian') as any
    for (const hidden of ['people', 'uploadedBy', 'exif', 'previousFiles', 'fixity', 'retention', 'consentDocument']) {
      const value = guardian[hidden]
      expect([hidden, Array.isArray(value) && value.length === 0 ? undefined : value]).toEqual([hidden, undefined])
    }
    const staffView = (await payload.findByID({ collection: 'archive-assets', id: guardian.id, overrideAccess: false, user: users.designer })) as any
    expect(staffView.people[0].name).toBe('Niña')

    const res = await rest('GET', 'archive-assets?limit=100')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.docs.map((d: any) => d.title).sort()).toEqual([...PUBLIC_VISIBLE].sort())

    // By id and by where-query the hidden ones stay hidden.
    for (const key of ALL().filter((k) => !PUBLIC_VISIBLE.includes(k))) {
      // Payload answers 404 for a document the caller may not read (it does not reveal it exists).
      expect((await rest("GET", `archive-assets/${assets[key]!.id}`)).status).toBe(404)
    }
    const where = await rest('GET', 'archive-assets?where[accessLevel][equals]=restricted')
    expect((await where.json()).docs).toHaveLength(0)

    const gql = await GRAPHQL_POST(config)(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query: '{ ArchiveAssets(limit: 100) { docs { title } } }' }),
      }),
    )
    const gqlBody = await gql.json()
    expect(gqlBody.data.ArchiveAssets.docs.map((d: any) => d.title).sort()).toEqual([...PUBLIC_VISIBLE].sort())
  })

  it('file and rendition URLs: anonymous gets renditions of visible assets only; 403 for everything else and for image originals', async () => {
    for (const key of ALL()) {
      const asset = assets[key]!
      const visible = PUBLIC_VISIBLE.includes(key)
      for (const size of ['thumbnail', 'card', 'og']) {
        const res = await rest('GET', `archive-assets/file/${asset.sizes[size]!.filename}`)
        expect([key, size, res.status]).toEqual([key, size, visible ? 200 : 403])
        if (visible) expect(res.headers.get('content-type')).toBe('image/jpeg')
      }
      // The original (preservation master, may carry GPS) is never served to anonymous callers.
      const original = await rest('GET', `archive-assets/file/${asset.filename}`)
      expect([key, 'original', original.status]).toEqual([key, 'original', 403])
    }
  })

  it('per role: staff see public and internal; restricted only head, admin, auditor and the uploader (records and files)', async () => {
    const expectations: Record<string, string[]> = {
      admin: ALL(),
      head: ALL(),
      auditor: ALL(),
      designer: ALL(), // the uploader of every asset here, restricted included
      designer2: ALL().filter((k) => k !== 'restricted'),
      editor: ALL().filter((k) => k !== 'restricted'),
      producer: ALL().filter((k) => k !== 'restricted'),
      community: ALL().filter((k) => k !== 'restricted'),
      requester: ALL().filter((k) => k !== 'restricted'),
    }
    for (const [who, expected] of Object.entries(expectations)) {
      const { docs } = await payload.find({ collection: 'archive-assets', overrideAccess: false, user: users[who], limit: 100 })
      expect([who, docs.map((d: any) => d.title).sort()]).toEqual([who, [...expected].sort()])
      const restricted = assets.restricted!
      const file = await rest('GET', `archive-assets/file/${restricted.filename}`, who)
      expect([who, file.status]).toEqual([who, expected.includes('restricted') ? 200 : 403])
      const internal = await rest('GET', `archive-assets/file/${assets.internal!.sizes.card!.filename}`, who)
      expect([who, internal.status]).toEqual([who, 200])
    }
  })

  it('no role deletes an asset through Local (access checked), REST or GraphQL; the asset and its files remain', async () => {
    const target = assets.internal!
    for (const who of Object.keys(users)) {
      await expect(
        payload.delete({ collection: 'archive-assets', id: target.id, user: users[who], overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })

      const res = await rest('DELETE', `archive-assets/${target.id}`, who)
      expect([who, res.status]).toEqual([who, 403])
      const bulk = await rest('DELETE', `archive-assets?where[id][equals]=${target.id}`, who)
      expect([who, bulk.status]).toEqual([who, 403])

      const gql = await GRAPHQL_POST(config)(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens[who]}` },
          body: JSON.stringify({ query: `mutation { deleteArchiveAsset(id: ${JSON.stringify(target.id)}) { id } }` }),
        }),
      )
      const body = await gql.json()
      expect([who, body.data?.deleteArchiveAsset ?? null, Boolean(body.errors?.length)]).toEqual([who, null, true])
    }
    // Anonymous too.
    expect((await rest('DELETE', `archive-assets/${target.id}`)).status).toBe(403)
  })

  it('even the Local API with overrideAccess cannot delete (beforeDelete guard), one by one or in bulk', async () => {
    const target = assets.publicOk!
    await expect(payload.delete({ collection: 'archive-assets', id: target.id, overrideAccess: true })).rejects.toMatchObject({
      status: 403,
      message: expect.stringMatching(/no se eliminan/),
    })
    const bulk = await payload.delete({ collection: 'archive-assets', where: { id: { exists: true } }, overrideAccess: true })
    expect(bulk.docs).toHaveLength(0)
    expect(bulk.errors.length).toBe(ALL().length)
    expect((await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs).toBe(ALL().length)
    const file = await rest('GET', `archive-assets/file/${target.filename}`, 'admin')
    expect(file.status).toBe(200)
  })

  it('REST multipart upload (file + _payload): staff uploader accepted, anonymous refused, sniffing applies', async () => {
    const post = (who: string | undefined, bytes: Buffer, name: string, type: string) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
      form.append('_payload', JSON.stringify({ title: `REST ${name}`, kind: 'photo', accessLevel: 'internal', consent: 'none-identifiable' }))
      const headers = new Headers()
      if (who) headers.set('Authorization', `JWT ${tokens[who]}`)
      return REST_POST(config)(new Request('http://localhost:3000/api/archive-assets', { method: 'POST', headers, body: form }), {
        params: Promise.resolve({ slug: ['archive-assets'] }),
      })
    }
    const jpeg = await makeJpeg(640, 480, { seed: seed++, gps: true })
    const ok = await post('producer', jpeg, 'rest.jpg', 'image/jpeg')
    expect(ok.status).toBe(201)
    const { doc } = await ok.json()
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.exif.hasLocation).toBe(true)
    expect((await post(undefined, await makeJpeg(100, 100, { seed: seed++ }), 'anon.jpg', 'image/jpeg')).status).toBe(403)
    const renamed = await post('producer', await makeJpeg(100, 100, { seed: seed++ }), 'informe.pdf', 'application/pdf')
    expect(renamed.status).toBe(400)
    expect(JSON.stringify(await renamed.json())).toMatch(/image\/jpeg/)
    const duplicate = await post('designer', jpeg, 'again.jpg', 'image/jpeg')
    expect(duplicate.status).toBe(409)
  })

  it('designers and producers edit only what they uploaded; requesters and auditors cannot upload', async () => {
    await expect(
      payload.update({ collection: 'archive-assets', id: assets.internal!.id, data: { title: 'x' }, user: users.designer2, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 403 })
    for (const who of ['requester', 'auditor', 'editor', 'community']) {
      const jpeg = await makeJpeg(100, 100, { seed: seed++ })
      await expect(
        payload.create({ collection: 'archive-assets', data: assetData() as never, file: fileOf(jpeg, 'x.jpg', 'image/jpeg'), user: users[who], overrideAccess: false }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })
  it('create/update access is evaluated once per write with a file: the ingest decides before reading it, Payload reuses the decision', async () => {
    const collection = payload.collections['archive-assets'].config as any
    const original = { create: collection.access.create, update: collection.access.update }
    const calls = { create: 0, update: 0 }
    // Counts every evaluation that is not a recorded decision (an outer decidedOnce consumes it first).
    for (const op of ['create', 'update'] as const) {
      collection.access[op] = decidedOnce(op, (args: any) => {
        calls[op]++
        return original[op](args)
      })
    }
    try {
      const write = (who: TestUser, id?: number | string) =>
        (id === undefined
          ? payload.create({ collection: 'archive-assets', data: assetData({ title: 'Una vez' }) as never, file: fileOf(jpeg(), 'una.jpg', 'image/jpeg'), user: who, overrideAccess: false })
          : payload.update({ collection: 'archive-assets', id, data: {} as never, file: fileOf(jpeg(), 'otra.jpg', 'image/jpeg'), user: who, overrideAccess: false })
        ).then(
          (doc: any) => ({ status: 200, doc }),
          (error: any) => ({ status: error?.status as number, doc: undefined as any }),
        )
      let nextSeed = 700
      const images: Buffer[] = []
      for (let i = 0; i < 4; i++) images.push(await makeJpeg(160, 120, { seed: nextSeed++ }))
      const jpeg = () => images.shift()!

      const created = await write(users.designer!)
      expect([created.status, calls.create]).toEqual([200, 1])
      calls.create = 0
      expect([(await write(users.requester!)).status, calls.create]).toEqual([403, 1])
      // Update access is a constraint (own uploads): another designer is refused, the uploader replaces the file.
      expect([(await write(users.designer2!, created.doc.id)).status, calls.update]).toEqual([403, 1])
      calls.update = 0
      const replaced = await write(users.designer!, created.doc.id)
      expect([replaced.status, calls.update]).toEqual([200, 1])
      expect(replaced.doc.filename).not.toBe(created.doc.filename)
      // Without a file (no ingest), Payload alone evaluates it, once.
      calls.update = 0
      await payload.update({ collection: 'archive-assets', id: created.doc.id, data: { title: 'Renombrada' } as never, user: users.designer!, overrideAccess: false })
      expect(calls.update).toBe(1)
    } finally {
      Object.assign(collection.access, original)
    }
  })
})
