import { REST_GET } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeRequest, TEST_PASSWORD } from '../../helpers/fixtures.js'
import { type Fixtures, seedContents } from './fixtures.js'

const SITE = 'https://www.pasto.gov.co'
const SERVER = 'https://comunicaciones.pasto.gov.co'
let app: Booted
let f: Fixtures
let rest: ReturnType<typeof restClient>
const monthOf = (date: string) => new Date(date).toISOString().slice(0, 7)
let requests: Array<{ department: number | string; status: string; createdAt: string; updatedAt: string }> = []

beforeAll(async () => {
  app = await bootPayload({ PUBLIC_SITE_URL: SITE, PAYLOAD_PUBLIC_SERVER_URL: SERVER })
  f = await seedContents(app.payload)
  rest = restClient(app.payload.config)
  const make = (department: number | string, status: string, title: string) =>
    makeRequest(app.payload, { title, department, requestedBy: f.requester.id, products: [{ type: 'news' }], description: `Detalle privado de ${title}`, status })
  await make(f.health.id, 'submitted', 'Campaña dengue')
  await make(f.health.id, 'submitted', 'Jornada salud oral')
  await make(f.health.id, 'delivered', 'Rueda de prensa salud')
  await make(f.culture.id, 'cancelled', 'Concierto cancelado')
  const all = await app.payload.find({ collection: 'communication-requests', limit: 100, depth: 0 })
  requests = all.docs as never
  indicators = await seedIndicators()
}, 120_000)

/** Two indicators (one retired), measurements with and without an available source. */
let indicators: { active: { id: number | string }; updatedAt: string[] }
const seedIndicators = async () => {
  const system = { overrideAccess: true, context: { skipWorkflow: true } }
  const indicator = (code: string, name: string, active: boolean) =>
    app.payload.create({
      collection: 'indicators',
      data: { code, name, computation: 'requests-on-time', unit: '%', frequency: 'monthly', target: 90, direction: 'higher', active, owner: f.editor.id } as never,
      ...system,
    })
  const active = await indicator('IND-COM-01', 'Solicitudes atendidas a tiempo', true)
  const retired = await indicator('IND-COM-99', 'Indicador retirado: "secreto"', false)
  const measure = (ind: { id: number | string }, period: string, value: null | number, available = true) =>
    app.payload.create({
      collection: 'indicator-measurements',
      data: {
        indicator: ind.id,
        period,
        frequency: 'monthly',
        periodStart: `${period}-01T00:00:00.000Z`,
        periodEnd: `${period === '2026-09' ? '2026-10' : '2026-11'}-01T00:00:00.000Z`,
        available,
        value,
        target: 90,
        meetsTarget: value === null ? null : value >= 90,
        numerator: 9,
        denominator: 10,
        breakdown: { byDepartment: { 'Ana Solicitante': 1 } },
        note: 'Nota interna de la medición',
        computedAt: '2026-11-02T05:00:00.000Z',
      } as never,
      ...system,
    })
  const m1 = await measure(active, '2026-09', 92.5)
  const m2 = await measure(active, '2026-10', 80)
  await measure(active, '2026-08', null, false) // no source that month: not published as a zero
  await measure(retired, '2026-10', 10)
  return { active, updatedAt: [active.updatedAt, m1.updatedAt, m2.updatedAt] as string[] }
}
afterAll(() => app?.close())

/** The expected public rows, written out: newest publication first. */
const expectedContentRows = () => [
  [String(f.ids.pubExtPress), 'Comunicado: jornada de vacunación', 'press-release', 'press;web', '2026-10-07T12:00:00.000Z', `${SITE}/noticias/jornada-vacunacion`],
  [String(f.ids.pubExtNews), 'Carnaval de Negros y Blancos: programación <oficial> & "abierta"', 'news', 'web;facebook', '2026-10-05T12:00:00.000Z', `${SITE}/noticias/carnaval-programacion`],
  [String(f.ids.withDraft), 'Obras del parque: versión publicada', 'news', 'web', '2026-10-04T12:00:00.000Z', `${SITE}/noticias/obras-parque`],
  [String(f.ids.pubExtSocial), 'Post: cierre de vías', 'social-post', 'x', '2026-10-03T12:00:00.000Z', `${SITE}/noticias/cierre-vias`],
]

describe('open data: published-content catalogue', () => {
  it('CSV (UTF-8 with BOM, RFC 4180): exactly the published external contents', async () => {
    const res = await rest.get('/pregonero/open-data/published-contents.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // fetch's text() drops a UTF-8 BOM: read the raw bytes through the same route handler
    const raw = await REST_GET(app.payload.config)(new Request('http://localhost:3000/api/pregonero/open-data/published-contents.csv'), {
      params: Promise.resolve({ slug: ['pregonero', 'open-data', 'published-contents.csv'] }),
    })
    const bytes = new Uint8Array(await raw.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes).charCodeAt(0)).toBe(0xfeff)
    const rows = [
      ['id', 'title', 'kind', 'channels', 'publishedAt', 'url'],
      ...expectedContentRows(),
    ]
    const cell = (value: string) => (/[",;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
    expect(res.text).toBe(`${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`)
    // and any standard CSV reader gets the same table back
    expect(parse(res.text, { bom: true })).toEqual(rows)
  })

  it('JSON: metadata (title, description, frequency, licence, publisher, last update) and the same rows', async () => {
    const res = await rest.get('/pregonero/open-data/published-contents.json')
    expect(res.status).toBe(200)
    const publicDocs = await app.payload.find({ collection: 'contents', overrideAccess: false, limit: 100, depth: 0 })
    const lastUpdate = new Date(Math.max(...publicDocs.docs.map((doc) => new Date(doc.updatedAt).getTime()))).toISOString()
    expect(res.json.metadata).toEqual({
      id: 'published-contents',
      title: { es: 'Catálogo de contenidos publicados', en: 'Catalogue of published contents' },
      description: expect.objectContaining({ es: expect.stringContaining('publicados'), en: expect.stringContaining('published') }),
      frequency: { es: 'Diaria', en: 'Daily' },
      license: 'Creative Commons Atribución-CompartirIgual 4.0 (CC BY-SA 4.0)',
      licenseURL: 'https://creativecommons.org/licenses/by-sa/4.0/',
      publisher: 'Alcaldía de Pasto',
      lastUpdate,
      columns: expect.any(Array),
      distributions: [
        { format: 'CSV', mediaType: 'text/csv; charset=utf-8', url: `${SERVER}/api/pregonero/open-data/published-contents.csv` },
        { format: 'JSON', mediaType: 'application/json; charset=utf-8', url: `${SERVER}/api/pregonero/open-data/published-contents.json` },
      ],
    })
    expect(res.headers.get('last-modified')).toBe(new Date(lastUpdate).toUTCString())
    expect(res.json.data).toEqual(
      expectedContentRows().map(([id, title, kind, channels, publishedAt, url]) => ({ id, title, kind, channels: channels!.split(';'), publishedAt, url })),
    )
  })

  it('a signed-in editor downloads the same public dataset (no drafts or internal contents)', async () => {
    const token = await rest.login(f.editor.email, TEST_PASSWORD)
    const res = await rest.get('/pregonero/open-data/published-contents.json', { token })
    expect(res.json.data.map((row: { id: string }) => row.id)).toEqual(expectedContentRows().map((row) => row[0]))
  })
})

describe('open data: request statistics per department and month', () => {
  const expectedRows = () => {
    const statuses = ['submitted', 'needs-info', 'accepted', 'rejected', 'in-production', 'in-review', 'delivered', 'closed', 'cancelled']
    const groups = new Map<string, Record<string, number | string>>()
    for (const request of requests) {
      const department = String(request.department) === String(f.culture.id) ? f.culture : f.health
      const key = `${monthOf(request.createdAt)}|${department.code}`
      const row = groups.get(key) ?? { month: monthOf(request.createdAt), departmentCode: department.code, department: department.name, ...Object.fromEntries(statuses.map((s) => [s, 0])), total: 0 }
      row[request.status] = Number(row[request.status]) + 1
      row.total = Number(row.total) + 1
      groups.set(key, row)
    }
    return [...groups.values()].sort((a, b) => `${a.month}|${a.departmentCode}`.localeCompare(`${b.month}|${b.departmentCode}`))
  }

  it('JSON: counts by status per department and month, no personal data', async () => {
    const res = await rest.get('/pregonero/open-data/request-statistics.json')
    expect(res.status).toBe(200)
    expect(requests).toHaveLength(5)
    expect(res.json.data).toEqual(expectedRows())
    // The fixture month: CULT has 1 in-production + 1 cancelled, SALUD 2 submitted + 1 delivered.
    const culture = res.json.data.find((row: { departmentCode: string }) => row.departmentCode === 'CULT')
    expect([culture['in-production'], culture.cancelled, culture.total]).toEqual([1, 1, 2])
    const health = res.json.data.find((row: { departmentCode: string }) => row.departmentCode === 'SALUD')
    expect([health.submitted, health.delivered, health.total]).toEqual([2, 1, 3])
    expect(res.json.metadata.frequency).toEqual({ es: 'Mensual', en: 'Monthly' })
    expect(res.json.metadata.lastUpdate).toBe(new Date(Math.max(...requests.map((r) => new Date(r.updatedAt).getTime()))).toISOString())
    for (const secret of ['Ana Solicitante', f.requester.email, 'Detalle privado', 'Campaña dengue', 'Cubrimiento del Carnaval']) {
      expect(res.text).not.toContain(secret)
    }
  })

  it('CSV: the same table', async () => {
    const res = await rest.get('/pregonero/open-data/request-statistics.csv')
    expect(res.status).toBe(200)
    const table = parse(res.text, { bom: true, columns: true, cast: (value, context) => (context.header || context.index < 3 ? value : Number(value)) })
    expect(table).toEqual(expectedRows())
    expect(res.text).not.toContain('Ana Solicitante')
  })
})

describe('open data: published indicators', () => {
  const expected = [
    { indicatorCode: 'IND-COM-01', indicator: 'Solicitudes atendidas a tiempo', unit: '%', direction: 'higher', frequency: 'monthly', period: '2026-09', periodStart: '2026-09-01T00:00:00.000Z', periodEnd: '2026-10-01T00:00:00.000Z', value: 92.5, target: 90, meetsTarget: true, computedAt: '2026-11-02T05:00:00.000Z' },
    { indicatorCode: 'IND-COM-01', indicator: 'Solicitudes atendidas a tiempo', unit: '%', direction: 'higher', frequency: 'monthly', period: '2026-10', periodStart: '2026-10-01T00:00:00.000Z', periodEnd: '2026-11-01T00:00:00.000Z', value: 80, target: 90, meetsTarget: false, computedAt: '2026-11-02T05:00:00.000Z' },
  ]

  it('JSON: the active indicators\' available measurements, with the metadata every dataset has; nothing internal', async () => {
    const res = await rest.get('/pregonero/open-data/published-indicators.json')
    expect(res.status).toBe(200)
    expect(res.json.data).toEqual(expected)
    expect(res.json.metadata).toMatchObject({
      id: 'published-indicators',
      title: { es: expect.stringContaining('Indicadores'), en: expect.stringContaining('indicators') },
      description: { es: expect.any(String), en: expect.any(String) },
      frequency: { es: 'Mensual', en: 'Monthly' },
      license: 'Creative Commons Atribución-CompartirIgual 4.0 (CC BY-SA 4.0)',
      publisher: 'Alcaldía de Pasto',
      lastUpdate: new Date(Math.max(...indicators.updatedAt.map((d) => new Date(d).getTime()))).toISOString(),
    })
    expect(res.json.metadata.columns.map((c: { key: string }) => c.key)).toEqual(Object.keys(expected[0]!))
    for (const secret of ['IND-COM-99', 'retirado', 'Nota interna', 'Ana Solicitante', 'numerator', 'breakdown', f.editor.email, '2026-08']) {
      expect(res.text).not.toContain(secret)
    }
  })

  it('CSV (UTF-8 with BOM): the same table, booleans and numbers as such', async () => {
    const res = await rest.get('/pregonero/open-data/published-indicators.csv')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const lines = res.text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe(Object.keys(expected[0]!).join(','))
    const table = parse(res.text, { bom: true, columns: true })
    expect(table).toEqual(expected.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)]))))
  })
})

describe('open data: catalogue and errors', () => {
  it('GET /api/pregonero/open-data lists every dataset with its metadata and download URLs', async () => {
    const res = await rest.get('/pregonero/open-data')
    expect(res.status).toBe(200)
    expect(res.json.publisher).toBe('Alcaldía de Pasto')
    expect(res.json.datasets.map((d: { id: string }) => d.id)).toEqual(['published-contents', 'request-statistics', 'published-indicators'])
    for (const dataset of res.json.datasets) {
      for (const key of ['title', 'description', 'frequency', 'license', 'publisher', 'lastUpdate', 'columns', 'distributions']) {
        expect(dataset[key]).toBeTruthy()
      }
      expect(dataset.distributions.map((d: { url: string }) => d.url)).toEqual([
        `${SERVER}/api/pregonero/open-data/${dataset.id}.csv`,
        `${SERVER}/api/pregonero/open-data/${dataset.id}.json`,
      ])
    }
  })

  it('an unknown dataset is 404, an unknown format is 400 naming it', async () => {
    const missing = await rest.get('/pregonero/open-data/salaries.csv')
    expect(missing.status).toBe(404)
    expect(missing.json.errors[0].message).toContain('published-contents')
    const format = await rest.get('/pregonero/open-data/published-contents.xlsx')
    expect(format.status).toBe(400)
    expect(format.json.errors[0].message).toMatch(/^Formato: /)
  })
})
