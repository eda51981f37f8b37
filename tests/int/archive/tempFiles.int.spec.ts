import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_POST } from '@payloadcms/next/routes'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { stored } from '../../helpers/stored.js'
import { makeDepartment, makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { makeJpeg } from './fixtures.js'

jest.setTimeout(180_000)

/**
 * Multipart uploads are spooled to the app's temp folder (`upload.useTempFiles`, tempFileDir =
 * os.tmpdir() or PREGONERO_UPLOAD_TMP_DIR). The app gets its own temp folder here, so
 * every case can assert that it left no file behind, whatever the outcome.
 */
describe('spooled temp files of uploads are removed on every path (archive-assets REST upload, retention CSV import)', () => {
  let app: Booted
  let payload: Payload
  let spool: string
  const tokens: Record<string, string> = {}
  let seed = 900

  const spooled = async () => fs.readdir(spool)

  const post = async (route: string[], form: FormData, who?: string) => {
    const headers = new Headers()
    if (who) headers.set('Authorization', `JWT ${tokens[who]}`)
    const url = `http://localhost:3000/api/${route.join('/')}`
    const response = await REST_POST(payload.config)(new Request(url, { method: 'POST', headers, body: form }), {
      params: Promise.resolve({ slug: route }),
    })
    return { status: response.status, body: await response.text() }
  }
  const assetForm = (bytes: Buffer, name: string, type: string, data: Record<string, unknown>) => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
    form.append('_payload', JSON.stringify(data))
    return form
  }
  const photoData = (extra: Record<string, unknown> = {}) => ({ title: 'Foto REST', kind: 'photo', consent: 'none-identifiable', ...extra })

  beforeAll(async () => {
    spool = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-spool-'))
    app = await bootPayload({ PREGONERO_UPLOAD_TMP_DIR: spool })
    payload = app.payload
    expect(payload.config.upload.tempFileDir).toBe(spool)
    const department = await makeDepartment(payload, 'CUL')
    for (const [key, roles] of [
      ['designer', ['designer']],
      ['requester', ['requester']],
      ['head', ['head']],
      ['editor', ['editor']],
    ] as const) {
      const user = await makeUser(payload, [...roles], { department: department.id })
      const login = await payload.login({ collection: 'users', data: { email: user.email, password: TEST_PASSWORD } })
      tokens[key] = login.token!
    }
  }, 240_000)
  afterAll(async () => {
    await app.close()
    delete process.env.PREGONERO_UPLOAD_TMP_DIR
    await fs.rm(spool, { recursive: true, force: true })
  })
  afterEach(async () => {
    // Each case must leave the spool as it found it (empty): the assertion is in each case,
    // this only keeps one failure from cascading.
    for (const name of await spooled()) await fs.rm(path.join(spool, name), { force: true })
  })

  it('anonymous upload: 403, no temp file left', async () => {
    const res = await post(['archive-assets'], assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'a.jpg', 'image/jpeg', photoData()))
    expect(res.status).toBe(403)
    expect(await spooled()).toEqual([])
  })

  it('any upload collection, not only the archive (brand-assets): refused anonymous or by role, no temp file left', async () => {
    const logo = async () => assetForm(await makeJpeg(120, 120, { seed: seed++ }), 'logo.jpg', 'image/jpeg', { title: 'Logo', variant: 'color' })
    expect((await post(['brand-assets'], await logo())).status).toBe(403)
    expect(await spooled()).toEqual([])
    expect((await post(['brand-assets'], await logo(), 'requester')).status).toBe(403)
    expect(await spooled()).toEqual([])
  })

  it('a role that may not create (requester): 403, no temp file left', async () => {
    const res = await post(['archive-assets'], assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'r.jpg', 'image/jpeg', photoData()), 'requester')
    expect(res.status).toBe(403)
    expect(await spooled()).toEqual([])
  })

  it('refusals of the ingest itself (missing title, PNG declared as PDF, duplicate): 4xx, no temp file left', async () => {
    const missing = await post(['archive-assets'], assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'm.jpg', 'image/jpeg', { kind: 'photo' }), 'designer')
    expect(missing.status).toBe(400)
    expect(await spooled()).toEqual([])
    const renamed = await post(['archive-assets'], assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'x.pdf', 'application/pdf', photoData()), 'designer')
    expect(renamed.status).toBe(400)
    expect(await spooled()).toEqual([])
    const jpeg = await makeJpeg(300, 200, { seed: seed++ })
    expect((await post(['archive-assets'], assetForm(jpeg, 'd1.jpg', 'image/jpeg', photoData()), 'designer')).status).toBe(201)
    const duplicate = await post(['archive-assets'], assetForm(jpeg, 'd2.jpg', 'image/jpeg', photoData()), 'designer')
    expect(duplicate.status).toBe(409)
    expect(await spooled()).toEqual([])
  })

  it('a refusal after the ingest took the file (a field validator): 400, no temp file, nothing stored', async () => {
    const before = (await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs
    const res = await post(
      ['archive-assets'],
      assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'v.jpg', 'image/jpeg', photoData({ accessLevel: 'secreto' })),
      'designer',
    )
    expect(res.status).toBe(400)
    expect(res.body).toMatch(/accessLevel/)
    expect(await spooled()).toEqual([])
    expect((await payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('an accepted upload: 201, its file stored, no temp file left', async () => {
    const res = await post(['archive-assets'], assetForm(await makeJpeg(200, 150, { seed: seed++ }), 'ok.jpg', 'image/jpeg', photoData()), 'designer')
    expect(res.status).toBe(201)
    const { doc } = JSON.parse(res.body)
    await expect(stored().exists(`archive/${doc.filename}`)).resolves.toBe(true)
    expect(await spooled()).toEqual([])
  })

  const csvForm = (csv: string, field = 'file') => {
    const form = new FormData()
    form.append(field, new Blob([csv], { type: 'text/csv' }), 'trd.csv')
    return form
  }
  const route = ['archive', 'retention-series', 'import']

  it('retention CSV import: imported, refused as invalid, refused by role, or sent under another field: no temp file left', async () => {
    const good = 'codigo_serie;serie;retencion_gestion;retencion_central;disposicion\n1400-45;Registros audiovisuales;2;8;CT\n'
    const ok = await post(route, csvForm(good), 'head')
    expect(ok.status).toBe(200)
    expect(await spooled()).toEqual([])

    const bad = await post(route, csvForm('codigo_serie;serie;retencion_gestion;retencion_central;disposicion\n1400-46;;x;1;Z\n'), 'head')
    expect(bad.status).toBe(400)
    expect(await spooled()).toEqual([])

    expect((await post(route, csvForm(good), 'editor')).status).toBe(403)
    expect((await post(route, csvForm(good))).status).toBe(401)
    expect(await spooled()).toEqual([])

    const otherField = await post(route, csvForm(good, 'csv'), 'head')
    expect(otherField.status).toBe(400)
    expect(await spooled()).toEqual([])
  })
})
