import { REST_GET } from '@payloadcms/next/routes'
import { parse } from 'csv-parse/sync'

import { type Booted, bootPayload } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { TEST_PASSWORD } from '../../helpers/users.js'
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
    app.payload.create({
      collection: 'communication-requests',
      data: { title, department, requestedBy: f.requester.id, products: [{ type: 'news' }], description: `Detalle privado de ${title}`, status } as never,
      context: { skipWorkflow: true },
    })
  await make(f.health.id, 'submitted', 'Campaña dengue')
  await make(f.health.id, 'submitted', 'Jornada salud oral')
  await make(f.health.id, 'delivered', 'Rueda de prensa salud')
  await make(f.culture.id, 'cancelled', 'Concierto cancelado')
  const all = await app.payload.find({ collection: 'communication-requests', limit: 100, depth: 0 })
  requests = all.docs as never
}, 120_000)
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

describe('open data: catalogue and errors', () => {
  it('GET /api/pregonero/open-data lists every dataset with its metadata and download URLs', async () => {
    const res = await rest.get('/pregonero/open-data')
    expect(res.status).toBe(200)
    expect(res.json.publisher).toBe('Alcaldía de Pasto')
    expect(res.json.datasets.map((d: { id: string }) => d.id)).toEqual(['published-contents', 'request-statistics'])
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
    expect(format.json.errors[0].message).toMatch(/^format: /)
  })
})
