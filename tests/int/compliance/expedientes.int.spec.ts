/**
 * Expedientes (Acuerdo AGN 003/2015; issue 18 item 7): archive assets and contents grouped in
 * order, with an electronic index (order, dates, SHA-256, format, size, name) the system keeps
 * current through hooks; an export as ONE ZIP (documents + indice.json + indice.xml) that the
 * offline verifier (`npm run expediente:verify -- <zip>`) accepts, and refuses once tampered.
 * Only the roles that read every document read or export an expediente.
 */
import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { unzipSync, zipSync } from 'fflate'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'

import type { TestUser } from '../archive/fixtures.js'

import { contentDocumentBytes, sha256Hex } from '../../../src/features/compliance/expedientes/electronicIndex.js'
import { verifyPackage } from '../../../src/features/compliance/expedientes/verifyPackage.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { restClient } from '../../helpers/rest.js'
import { fileOf, makeJpeg, makeUsers } from '../archive/fixtures.js'

jest.setTimeout(180_000)

describe('expedientes with an electronic index and a verifiable package (Acuerdo AGN 003/2015)', () => {
  let app: Booted
  let payload: Payload
  let users: Record<string, TestUser>
  let rest: ReturnType<typeof restClient>
  const tokens: Record<string, string> = {}
  let photo: any
  let restricted: any
  let report: any
  let expediente: any

  const download = async (urlPath: string, token?: string) => {
    const url = new URL(`/api${urlPath}`, 'http://localhost:3000')
    const request = new Request(url, { headers: token ? { Authorization: `JWT ${token}` } : {} })
    const response = await (REST_GET(payload.config) as any)(request, { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
    return { status: response.status as number, headers: response.headers as Headers, bytes: new Uint8Array(await response.arrayBuffer()) }
  }
  const asset = async (title: string, seed: number, extra: Record<string, unknown> = {}, user = users.designer) =>
    payload.create({
      collection: 'archive-assets',
      data: { title, kind: 'photo', accessLevel: 'internal', consent: 'none-identifiable', alt: title, ...extra } as never,
      file: fileOf(await makeJpeg(320, 240, { seed }), `${title.replace(/\W+/g, '-')}.jpg`, 'image/jpeg'),
      user,
      overrideAccess: false,
    })

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    users = await makeUsers(payload)
    rest = restClient(payload.config)
    for (const key of ['head', 'auditor', 'editor', 'designer', 'requester']) tokens[key] = await rest.login(`${key}@pasto.gov.co`, TEST_PASSWORD)
    photo = await asset('Audiencia pública de rendición de cuentas', 21)
    restricted = await asset('Acta firmada de la audiencia', 22, { accessLevel: 'restricted' })
    report = await makeContent(payload, { title: 'Informe de rendición de cuentas 2026', slug: 'rendicion-2026', kind: 'news', summary: 'Informe anual.', stage: 'draft' })
  }, 240_000)
  afterAll(() => app.close())

  it('the head groups documents in order; the index gives order, dates, SHA-256, format, size and name, by itself', async () => {
    expediente = await payload.create({
      collection: 'expedientes',
      data: { title: 'Rendición de cuentas 2026', members: [{ item: { relationTo: 'contents', value: report.id } }, { item: { relationTo: 'archive-assets', value: photo.id } }, { item: { relationTo: 'archive-assets', value: restricted.id } }] } as never,
      user: users.head,
      overrideAccess: false,
    })
    const index = expediente.electronicIndex as any[]
    expect(index.map((entry) => [entry.order, entry.collection, entry.title])).toEqual([
      [1, 'contents', 'Informe de rendición de cuentas 2026'],
      [2, 'archive-assets', 'Audiencia pública de rendición de cuentas'],
      [3, 'archive-assets', 'Acta firmada de la audiencia'],
    ])
    expect(index[1].sha256).toBe(photo.sha256)
    expect(index[1].sha256).toMatch(/^[0-9a-f]{64}$/)
    expect([index[1].format, index[1].size]).toEqual(['image/jpeg', photo.filesize])
    const stored = await payload.findByID({ collection: 'contents', id: report.id, depth: 0, overrideAccess: true })
    expect(index[0].sha256).toBe(sha256Hex(contentDocumentBytes(stored as any)))
    expect(index[0].format).toBe('application/json')
    expect(index[0].file).toBe('documentos/001-contenido-rendicion-2026.json')
    for (const entry of index) {
      expect(Number.isNaN(Date.parse(entry.documentDate))).toBe(false)
      expect(Number.isNaN(Date.parse(entry.addedAt))).toBe(false)
    }
    expect(expediente.indexUpdatedAt).toBeTruthy()
  })

  it('nobody writes the index by hand; a missing or repeated document is refused naming members.N.item', async () => {
    const forged = await payload.update({ collection: 'expedientes', id: expediente.id, data: { electronicIndex: [{ order: 1, title: 'Falso', sha256: '0'.repeat(64) }] } as never, user: users.head, overrideAccess: false })
    expect((forged as any).electronicIndex.map((e: any) => e.title)).not.toContain('Falso')
    const twice = await payload
      .create({ collection: 'expedientes', data: { title: 'Doble', members: [{ item: { relationTo: 'archive-assets', value: photo.id } }, { item: { relationTo: 'archive-assets', value: photo.id } }] } as never, user: users.head, overrideAccess: false })
      .catch((error: any) => error)
    expect(twice.status).toBe(400)
    expect(JSON.stringify(twice.data)).toMatch(/members\.1\.item/)
    const missing = await rest.post('/expedientes', { title: 'Fantasma', members: [{ item: { relationTo: 'archive-assets', value: 999999 } }] }, { token: tokens.head })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.json)).toMatch(/members\.0\.item/)
    expect((await payload.count({ collection: 'expedientes' })).totalDocs).toBe(1)
  })

  it('hooks keep the index current: an edited content changes its fingerprint, its date of incorporation stays', async () => {
    const before = (await payload.findByID({ collection: 'expedientes', id: expediente.id, overrideAccess: true })) as any
    await new Promise((resolve) => setTimeout(resolve, 20))
    await payload.update({ collection: 'contents', id: report.id, data: { title: 'Informe de rendición de cuentas 2026 (versión final)' } as never, user: users.editor, overrideAccess: false })
    const after = (await payload.findByID({ collection: 'expedientes', id: expediente.id, overrideAccess: true })) as any
    expect(after.electronicIndex[0].title).toBe('Informe de rendición de cuentas 2026 (versión final)')
    expect(after.electronicIndex[0].sha256).not.toBe(before.electronicIndex[0].sha256)
    expect(after.electronicIndex[0].addedAt).toBe(before.electronicIndex[0].addedAt)
    expect(Date.parse(after.indexUpdatedAt)).toBeGreaterThan(Date.parse(before.indexUpdatedAt))
    await payload.update({ collection: 'archive-assets', id: photo.id, data: { title: 'Audiencia pública (foto oficial)' } as never, user: users.head, overrideAccess: false })
    const renamed = (await payload.findByID({ collection: 'expedientes', id: expediente.id, overrideAccess: true })) as any
    expect(renamed.electronicIndex[1].title).toBe('Audiencia pública (foto oficial)')
  })

  it('a content held by an expediente cannot be deleted (409 naming the expediente), in the caller’s language', async () => {
    const admin = await rest.login('admin@pasto.gov.co', TEST_PASSWORD)
    const refused = await rest.delete(`/contents/${report.id}`, { token: admin })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.json)).toMatch(/Rendición de cuentas 2026.*Acuerdo AGN 003\/2015/)
    const english = await rest.delete(`/contents/${report.id}`, { token: admin, headers: { 'Accept-Language': 'en' } })
    expect(JSON.stringify(english.json)).toMatch(/belongs to the case file/)
    expect(await payload.findByID({ collection: 'contents', id: report.id, overrideAccess: true, disableErrors: true })).not.toBeNull()
    // Another content, in no expediente, is deleted as before.
    const loose = await makeContent(payload, { title: 'Suelto', kind: 'news', stage: 'draft' })
    expect((await rest.delete(`/contents/${loose.id}`, { token: admin })).status).toBe(200)
  })

  it('only the roles that read every document read an expediente (REST, GraphQL, Local API)', async () => {
    expect((await rest.get(`/expedientes/${expediente.id}`, { token: tokens.auditor })).status).toBe(200)
    for (const key of ['editor', 'designer', 'requester']) expect((await rest.get(`/expedientes/${expediente.id}`, { token: tokens[key] })).status).toBe(403)
    expect((await rest.get(`/expedientes/${expediente.id}`)).status).toBe(403)
    const gql = async (token?: string) =>
      (
        await GRAPHQL_POST(payload.config)(
          new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `JWT ${token}` } : {}) }, body: JSON.stringify({ query: '{ Expedientes { docs { title electronicIndex { title } } } }' }) }),
        )
      ).json()
    expect((await gql(tokens.auditor)).data.Expedientes.docs.map((d: any) => d.title)).toEqual(['Rendición de cuentas 2026'])
    const designer = await gql(tokens.designer)
    expect(designer.data?.Expedientes ?? null).toBeNull()
    const local = await payload.find({ collection: 'expedientes', user: users.editor, overrideAccess: false }).catch((error: any) => error)
    expect(local.status).toBe(403)
  })

  let zip: Uint8Array
  it('the export is ONE ZIP with the documents and the index in JSON and XML; the offline verifier accepts it', async () => {
    const response = await download(`/expedientes/${expediente.id}/export`, tokens.auditor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toMatch(/expediente-\d+\.zip/)
    zip = response.bytes
    const files = unzipSync(zip)
    expect(Object.keys(files).sort()).toEqual(['documentos/001-contenido-rendicion-2026.json', `documentos/002-${photo.filename}`, `documentos/003-${restricted.filename}`, 'indice.json', 'indice.xml'].sort())
    const index = JSON.parse(new TextDecoder().decode(files['indice.json']))
    const stored = (await payload.findByID({ collection: 'expedientes', id: expediente.id, overrideAccess: true })) as any
    expect(index.documents.map((d: any) => d.sha256)).toEqual(stored.electronicIndex.map((e: any) => e.sha256))
    expect(index.expediente.title).toBe('Rendición de cuentas 2026')
    const xml = new TextDecoder().decode(files['indice.xml'])
    expect(xml).toMatch(new RegExp(`<ValorHuella>${photo.sha256}</ValorHuella>`))
    expect(xml).toMatch(/<OrdenDocumentoExpediente>3<\/OrdenDocumentoExpediente>/)
    const original = await fs.readFile(path.join(app.dir, 'media', 'archive', photo.filename))
    expect(Buffer.from(files[`documentos/002-${photo.filename}`]!).equals(original)).toBe(true)
    const verdict = verifyPackage(zip)
    expect(verdict.valid).toBe(true)
    expect(verdict.findings.filter((f) => f.ok)).toHaveLength(3)
  })

  it('a tampered package fails verification: an altered file, a removed one, an extra one, an index that disagrees', async () => {
    const files = unzipSync(zip)
    const photoPath = `documentos/002-${photo.filename}`
    const altered = { ...files, [photoPath]: Uint8Array.from(files[photoPath]!, (byte, i) => (i === 500 ? byte ^ 0xff : byte)) }
    const alteredVerdict = verifyPackage(zipSync(altered))
    expect(alteredVerdict.valid).toBe(false)
    expect(alteredVerdict.findings.find((f) => !f.ok)).toMatchObject({ file: photoPath, problem: 'altered' })
    const { [photoPath]: _removed, ...rest } = files
    expect(verifyPackage(zipSync(rest)).findings.find((f) => !f.ok)?.problem).toBe('missing')
    expect(verifyPackage(zipSync({ ...files, 'documentos/004-intruso.txt': new TextEncoder().encode('x') })).findings.find((f) => !f.ok)?.problem).toBe('extra')
    const xml = new TextDecoder().decode(files['indice.xml']).replace(photo.sha256, 'f'.repeat(64))
    expect(verifyPackage(zipSync({ ...files, 'indice.xml': new TextEncoder().encode(xml) })).findings.find((f) => !f.ok)?.problem).toBe('xmlDiffers')

    // The command an auditor runs: exit 0 for the package as exported, 1 once a file is altered.
    const good = path.join(app.dir, 'expediente.zip')
    const bad = path.join(app.dir, 'alterado.zip')
    await fs.writeFile(good, zip)
    await fs.writeFile(bad, zipSync(altered))
    const run = (file: string) => spawnSync('npm', ['run', '--silent', 'expediente:verify', '--', file], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } })
    const ok = run(good)
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/Paquete íntegro: 3 documento/)])
    const ko = run(bad)
    expect(ko.status).toBe(1)
    expect(ko.stderr).toMatch(new RegExp(`ALTERADO documentos/002-${photo.filename.replace(/\./g, '\\.')}`))
  })

  it('export access: 401 anonymous, 403 for a role that cannot read every document, 404 for no such expediente', async () => {
    expect((await download(`/expedientes/${expediente.id}/export`)).status).toBe(401)
    const editor = await download(`/expedientes/${expediente.id}/export`, tokens.editor)
    expect(editor.status).toBe(403)
    expect(new TextDecoder().decode(editor.bytes)).toMatch(/Solo quienes pueden leer todos los documentos/)
    expect((await download(`/expedientes/${expediente.id}/export`, tokens.designer)).status).toBe(403)
    expect((await download('/expedientes/987654/export', tokens.head)).status).toBe(404)
    // Existence never leaks: a caller who reads no expediente gets the same 403 for one that does not exist.
    expect((await download('/expedientes/987654/export', tokens.editor)).status).toBe(403)
  })

  it('a file altered on disk stops the export (409 naming the document) before any byte is sent', async () => {
    const file = path.join(app.dir, 'media', 'archive', restricted.filename)
    const original = await fs.readFile(file)
    const changed = Buffer.from(original)
    changed[200] = changed[200]! ^ 0xff
    await fs.writeFile(file, changed)
    try {
      const response = await download(`/expedientes/${expediente.id}/export`, tokens.head)
      expect(response.status).toBe(409)
      expect(new TextDecoder().decode(response.bytes)).toMatch(/documento 3 «Acta firmada de la audiencia».*SHA-256/)
    } finally {
      await fs.writeFile(file, original)
    }
    expect((await download(`/expedientes/${expediente.id}/export`, tokens.head)).status).toBe(200)
  })
})
