import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'

import type { TestUser } from './fixtures.js'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { TEST_PASSWORD } from '../../helpers/fixtures.js'
import { stored } from '../../helpers/stored.js'
import { assetData, fileOf, makeJpeg, makeUsers } from './fixtures.js'

// Shared 2-core machine: uploads with renditions can be slow when other suites run in parallel.
jest.setTimeout(180_000)

describe('archive jobs (fixity, licence expiry, pending consent), inventory and retention schedule', () => {
  let app: Booted
  let payload: Payload
  let config: any
  let users: Record<string, TestUser>
  const tokens: Record<string, string> = {}
  const assets: Record<string, any> = {}
  // The app's storage (media folder, or S3 with PREGONERO_TEST_STORAGE=s3).
  const files = stored()

  const runTask = async (task: string) => {
    await payload.jobs.queue({ task: task as never, input: {} as never, queue: 'pregonero' })
    await payload.jobs.run({ queue: 'pregonero' })
  }
  const openAlerts = async (kind: string) =>
    (await payload.find({ collection: 'alerts', where: { and: [{ kind: { equals: kind } }, { status: { equals: 'open' } }] }, overrideAccess: true, limit: 100 })).docs as any[]
  const call = async (method: 'GET' | 'POST', url: string, who?: string, body?: BodyInit, contentType?: string) => {
    const headers = new Headers()
    if (who) headers.set('Authorization', `JWT ${tokens[who]}`)
    if (contentType) headers.set('Content-Type', contentType)
    const request = new Request(`http://localhost:3000/api/${url}`, { method, headers, body })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    return (method === 'GET' ? REST_GET(config) : REST_POST(config))(request, { params: Promise.resolve({ slug }) })
  }

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
    config = payload.config
    users = await makeUsers(payload)
    for (const key of ['head', 'editor', 'requester', 'auditor']) {
      tokens[key] = (await payload.login({ collection: 'users', data: { email: `${key}@pasto.gov.co`, password: TEST_PASSWORD } })).token!
    }
    let seed = 300
    const make = async (key: string, extra: Record<string, unknown>) => {
      assets[key] = await payload.create({
        collection: 'archive-assets',
        data: assetData({ title: key, ...extra }) as never,
        file: fileOf(await makeJpeg(300, 200, { seed: seed++ }), `${key}.jpg`, 'image/jpeg'),
        user: users.producer,
        overrideAccess: false,
      })
    }
    await make('intact', { consent: 'none-identifiable', accessLevel: 'public', capturedAt: '2019-03-01T12:00:00.000Z' })
    await make('tampered', { consent: 'none-identifiable' })
    await make('missingRendition', { consent: 'none-identifiable' })
    await make('pending', { consent: 'pending' })
    await make('minors', { consent: 'consent-on-file', minorsPresent: true })
    await make('expiring', {
      consent: 'none-identifiable',
      license: { type: 'third-party', licensor: 'Agencia', expiresAt: new Date(Date.now() + 10 * 86_400_000).toISOString() },
    })
    await make('farLicence', {
      consent: 'none-identifiable',
      license: { type: 'third-party', licensor: 'Agencia', expiresAt: new Date(Date.now() + 400 * 86_400_000).toISOString() },
    })
  }, 240_000)
  afterAll(() => app.close())

  it('fixity: a tampered original and a missing rendition raise one alert each; a second run duplicates nothing; repair resolves', async () => {
    const tamperedPath = `archive/${assets.tampered.filename}`
    const originalBytes = await files.read(tamperedPath)
    // Flip one byte in the middle of the file (not the first bytes: the hash covers the whole file).
    const altered = Buffer.from(originalBytes)
    altered[Math.floor(altered.length * 0.75)] ^= 0xff
    await files.write(tamperedPath, altered)
    const renditionPath = `archive/${assets.missingRendition.sizes.card.filename}`
    const renditionBytes = await files.read(renditionPath)
    await files.remove(renditionPath)

    await runTask('archiveFixity')
    let alerts = await openAlerts('archive-fixity')
    expect(alerts.map((a) => a.subject.title).sort()).toEqual(['missingRendition', 'tampered'])
    expect(alerts.find((a) => a.subject.title === 'tampered').details.problems[0].problem).toBe('altered')
    const tampered = (await payload.findByID({ collection: 'archive-assets', id: assets.tampered.id, overrideAccess: true })) as any
    expect(tampered.fixity.status).toBe('altered')

    await runTask('archiveFixity')
    alerts = await openAlerts('archive-fixity')
    expect(alerts).toHaveLength(2)
    expect((await payload.count({ collection: 'alerts', where: { kind: { equals: 'archive-fixity' } }, overrideAccess: true })).totalDocs).toBe(2)

    await files.write(tamperedPath, originalBytes)
    await files.write(renditionPath, renditionBytes)
    await runTask('archiveFixity')
    expect(await openAlerts('archive-fixity')).toHaveLength(0)
    const repaired = (await payload.findByID({ collection: 'archive-assets', id: assets.tampered.id, overrideAccess: true })) as any
    expect(repaired.fixity.status).toBe('ok')
  })

  it('licence expiry and pending consent alert once per asset, idempotently', async () => {
    await runTask('archiveLicenceExpiry')
    await runTask('archiveLicenceExpiry')
    const licence = await openAlerts('archive-licence-expiry')
    expect(licence.map((a) => a.subject.title)).toEqual(['expiring'])

    await runTask('archivePendingConsent')
    await runTask('archivePendingConsent')
    const consent = await openAlerts('archive-consent-pending')
    expect(consent.map((a) => a.subject.title).sort()).toEqual(['minors', 'pending'])

    await payload.update({ collection: 'archive-assets', id: assets.pending.id, data: { consent: 'consent-on-file' } as never, overrideAccess: true })
    await runTask('archivePendingConsent')
    expect((await openAlerts('archive-consent-pending')).map((a) => a.subject.title)).toEqual(['minors'])
  })

  it('imports the retention schedule from CSV (all or nothing), and assets take retention from their series', async () => {
    const bad = 'codigo_serie;serie;retencion_gestion;retencion_central;disposicion\n1400-45;Registros audiovisuales;2;8;CT\n1400-46;;x;1;Z\n'
    const refused = await call('POST', 'archive/retention-series/import', 'head', bad, 'text/csv')
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toMatch(/línea 3/)
    expect((await payload.count({ collection: 'retention-series', overrideAccess: true })).totalDocs).toBe(0)

    expect((await call('POST', 'archive/retention-series/import', 'editor', bad, 'text/csv')).status).toBe(403)

    const good =
      '\uFEFFcodigo_serie;serie;codigo_subserie;subserie;retencion_gestion;retencion_central;disposicion\n' +
      '1400-45;Registros audiovisuales;1;Fotografías;2;3;Conservación total\n' +
      '1400-46;Piezas gráficas;;;1;1;E\n'
    const form = new FormData()
    form.append('file', new Blob([good], { type: 'text/csv' }), 'trd.csv')
    const imported = await call('POST', 'archive/retention-series/import', 'head', form)
    expect(imported.status).toBe(200)
    expect(await imported.json()).toEqual({ created: 2, updated: 0, encoding: 'utf-8-bom' })
    const again = await call('POST', 'archive/retention-series/import', 'head', good, 'text/csv')
    expect(await again.json()).toEqual({ created: 0, updated: 2, encoding: 'utf-8-bom' })

    const series = (await payload.find({ collection: 'retention-series', where: { code: { equals: '1400-45.1' } }, overrideAccess: true })).docs[0] as any
    expect(series.disposition).toBe('CT')
    const updated = (await payload.update({
      collection: 'archive-assets',
      id: assets.intact.id,
      data: { retention: { series: series.id } } as never,
      user: users.head,
      overrideAccess: false,
    })) as any
    expect(updated.retention.years).toBe(5)
    expect(updated.retention.disposition).toBe('CT')
    expect(updated.retention.dueAt.slice(0, 10)).toBe('2024-03-01')
  })

  it('inventory CSV by kind, year, department and access level; disposition list; access by role', async () => {
    const res = await call('GET', 'archive/inventory?format=csv', 'auditor')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv/)
    const csv = (await res.text()).replace(/^\uFEFF/, '')
    const [header, ...lines] = csv.trim().split('\r\n')
    expect(header).toBe('tipo,año,dependencia,nivel_de_acceso,cantidad,tamaño_total_bytes')
    const total = lines.reduce((sum, line) => sum + Number(line.split(',')[4]), 0)
    expect(total).toBe(7)
    expect(lines).toContain(`Fotografía,2019,—,Público,1,${assets.intact.filesize}`) // issue 15: labels, not codes

    const json = await (await call('GET', 'archive/inventory?format=json', 'head')).json()
    expect(json.rows.reduce((s: number, r: any) => s + r.totalSize, 0)).toBe(
      Object.values(assets).reduce((s: number, a: any) => s + a.filesize, 0),
    )
    expect((await call('GET', 'archive/inventory', 'requester')).status).toBe(403)
    expect((await call('GET', 'archive/inventory')).status).toBe(401)

    const due = await (await call('GET', 'archive/disposition?format=json', 'head')).json()
    expect(due.rows.map((r: any) => r.title)).toEqual(['intact'])
    expect(due.rows[0]).toMatchObject({ series: '1400-45.1', disposition: 'CT', years: 5 })
    const notYet = await (await call('GET', 'archive/disposition?format=json&at=2020-01-01', 'head')).json()
    expect(notYet.rows).toHaveLength(0)
    expect((await call('GET', 'archive/disposition', 'editor')).status).toBe(403)
  })
})
