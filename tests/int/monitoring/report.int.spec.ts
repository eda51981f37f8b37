import { REST_GET, REST_POST } from '@payloadcms/next/routes'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { resolveOptions } from '../../../src/defaults.js'
import { importMentions, importSocialMetrics } from '../../../src/features/monitoring/import.js'
import { buildMonitoringReport, monitoringReportCsv, monitoringReportPdf, monthPeriod, REPORT_TITLE } from '../../../src/features/monitoring/report.js'
import { renderPdfTables } from '../../../src/kernel/formats/pdfTable.js'
import { makeUser, TEST_PASSWORD, type TestUser } from '../../helpers/fixtures.js'
import { type Base, fixture, reqAs, seedBase } from './helpers.js'
import { pdfText } from './pdfText.js'

let app: Booted
let base: Base
let get: ReturnType<typeof REST_GET>
let post: ReturnType<typeof REST_POST>
let facebook: number | string
const options = resolveOptions()

const auth = async (user: TestUser | null): Promise<Record<string, string>> => {
  if (!user) return {}
  const doc = (await app.payload.findByID({ collection: 'users', id: user.id as number })) as unknown as { email: string }
  const { token } = await app.payload.login({ collection: 'users', data: { email: doc.email, password: TEST_PASSWORD } })
  return { Authorization: `JWT ${token}` }
}
const call = async (method: 'GET' | 'POST', path: string, user: TestUser | null, init: RequestInit = {}) => {
  const url = new URL(`http://localhost:3000/api/${path}`)
  const request = new Request(url, { ...init, method, headers: { ...(init.headers as Record<string, string>), ...(await auth(user)) } })
  const handler = method === 'GET' ? get : post
  return handler(request, { params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }) })
}

beforeAll(async () => {
  app = await bootPayload()
  const { default: config } = await import('../../../dev/payload.config.js')
  get = REST_GET(config)
  post = REST_POST(config)
  base = await seedBase(app.payload)
  await importMentions(await reqAs(app.payload, base.admin), options, { csv: await fixture('mentions-good.csv') })
  facebook = ((await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'facebook', handle: 'alcaldiadepasto' } as never })) as unknown as { id: number | string }).id
  await importSocialMetrics(await reqAs(app.payload, base.admin), options, { csv: await fixture('social-meta.csv'), account: facebook })
})
afterAll(() => app.close())

it('renders a generic "title + sections of tables" PDF whose text can be read back, across pages', async () => {
  const rows = Array.from({ length: 120 }, (_, i) => [`Fila ${i + 1}`, i, 'Señalización vial — ñandú'])
  rows.push(['Índice neto', -100, 'índice (−100 a 100) ≥ 80 % → “meta”'])
  const pdf = await renderPdfTables({
    title: 'Prueba de tabla',
    subtitle: 'Subtítulo',
    meta: [['Periodo', 'octubre de 2026']],
    sections: [{ heading: 'Sección larga', note: 'Nota', columns: [{ header: 'Nombre' }, { header: 'N', align: 'right', width: 0.4 }, { header: 'Texto', width: 2 }], rows }, { heading: 'Vacía', columns: [{ header: 'X' }], rows: [] }],
    footer: 'Pie',
  })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  const text = pdfText(pdf)
  expect(text).toContain('Prueba de tabla')
  expect(text).toContain('Fila 120')
  expect(text).toContain('Señalización vial — ñandú')
  // Signs beyond WinAnsi print as written (issue 15, item 9: it printed `índice ("100 a 100)`).
  expect(text).toContain('índice (−100 a 100) ≥ 80 % → “meta”')
  expect(text.filter((t) => t === 'Nombre').length).toBeGreaterThan(1) // header repeated on the next page
  expect(text.some((t) => /Página 1 de [2-9]/.test(t))).toBe(true)
})

it('builds the monthly media-monitoring report as data, CSV and PDF', async () => {
  const report = await buildMonitoringReport(app.payload, options, monthPeriod('2026-10', 'America/Bogota')!)
  expect(report).toMatchObject({
    title: REPORT_TITLE,
    period: { label: 'octubre de 2026', from: '2026-10-01T05:00:00.000Z', to: '2026-11-01T05:00:00.000Z' },
    mentions: { total: 5 },
    pickup: { releases: 3, pickedUp: 2, rate: 0.6667 },
    advertisingValueEquivalent: { estimate: 1750000.5, mentionsWithValue: 2 },
  })
  expect(report.negativeMentions).toEqual([expect.objectContaining({ outlet: 'HSB Noticias', date: '2026-10-02' })])
  expect(report.social).toEqual([expect.objectContaining({ handle: 'alcaldiadepasto', reach: 25000, engagementRate: 3.2 })])

  const csv = monitoringReportCsv(report)
  expect(csv.startsWith('\uFEFF' + REPORT_TITLE)).toBe(true)
  expect(csv).toContain('Movilidad,2,40.0 %')
  expect(csv).toContain('3,2,66.7 %')
  // Issue 15, item 4: days first, in the office's zone.
  expect(csv).toContain('Periodo,octubre de 2026,01/10/2026 a 31/10/2026')
  expect(csv).toContain('02/10/2026,HSB Noticias')
  expect(csv).toMatch(/Generado,\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(America\/Bogota\)/)
  expect(csv).toContain('no es medida de impacto'.toUpperCase().slice(0, 0) + 'NO MEDIDA DE IMPACTO')
  // One language per reader (issue 15, item 7): no 'es / en' glued into a cell.
  expect(csv).not.toMatch(/Period\b|Mentions by|Share of voice|\(no topic\)/)
  const english = monitoringReportCsv(report, { language: 'en' })
  expect(english).toContain('Period,octubre de 2026,01/10/2026 to 31/10/2026')
  expect(english).toContain('Share of voice by topic')
  expect(english).toContain('AN ADVERTISING-COST ESTIMATE, NOT AN IMPACT MEASURE')
  expect(english).not.toMatch(/Menciones por|Participación por tema|Periodo/)

  const pdf = await monitoringReportPdf(report)
  expect(pdf.length).toBeGreaterThan(2000)
  const text = pdfText(pdf)
  expect(text).toContain(REPORT_TITLE)
  expect(text.join(' ')).toContain('HSB Noticias')
  expect(text.join(' ')).toMatch(/no mide impacto/)
})

it('serves the report over REST to monitoring readers only', async () => {
  const head = await makeUser(app.payload, ['head'])
  const auditor = await makeUser(app.payload, ['auditor'])
  const requester = await makeUser(app.payload, ['requester'], { department: base.departments.SAL })
  const pdf = await call('GET', 'monitoring/report?month=2026-10&format=pdf', head)
  expect(pdf.status).toBe(200)
  expect(pdf.headers.get('content-type')).toBe('application/pdf')
  const body = Buffer.from(await pdf.arrayBuffer())
  expect(pdfText(body)).toContain(REPORT_TITLE)
  const csv = await call('GET', 'monitoring/report?month=2026-10&format=csv', auditor)
  expect(csv.status).toBe(200)
  expect(await csv.text()).toContain('Salud,2,40.0 %')
  expect((await call('GET', 'monitoring/report?month=2026-10', requester)).status).toBe(403)
  expect((await call('GET', 'monitoring/report?month=2026-10', null)).status).toBe(401)
  expect((await call('GET', 'monitoring/report?month=2026-13', head)).status).toBe(400)
})

it('imports over REST (multipart file, raw text/csv) with the report in the answer', async () => {
  const editor = await makeUser(app.payload, ['editor'])
  const form = new FormData()
  form.append('file', new Blob([await fixture('mentions-bad.csv')], { type: 'text/csv' }), 'clipping.csv')
  form.append('policy', 'all-or-nothing')
  const strict = await call('POST', 'monitoring/import/mentions', editor, { body: form })
  expect(strict.status).toBe(422)
  expect(await strict.json()).toMatchObject({ created: 0, rejected: 8, skipped: 1 })

  const raw = await call('POST', 'monitoring/import/mentions?dryRun=false', editor, { body: await fixture('mentions-bad.csv'), headers: { 'Content-Type': 'text/csv' } })
  expect(raw.status).toBe(201)
  const result = await raw.json()
  expect(result).toMatchObject({ created: 2, rejected: 8, skipped: 1 })
  expect(result.rows[0]).toMatchObject({ line: 3, status: 'rejected', field: 'date' })

  const wrong = await call('POST', 'monitoring/import/mentions', editor, { body: await fixture('mentions-wrong-columns.csv'), headers: { 'Content-Type': 'text/csv' } })
  expect(wrong.status).toBe(400)
  expect((await wrong.json()).errors[0].message).toContain('columnas')

  const community = await makeUser(app.payload, ['community'])
  expect((await call('POST', 'monitoring/import/mentions', community, { body: await fixture('mentions-good.csv'), headers: { 'Content-Type': 'text/csv' } })).status).toBe(403)
  expect((await call('POST', 'monitoring/import/mentions', null, { body: 'x', headers: { 'Content-Type': 'text/csv' } })).status).toBe(401)
  const social = await call('POST', `monitoring/import/social-metrics?account=${facebook}`, community, { body: await fixture('social-meta.csv'), headers: { 'Content-Type': 'text/csv' } })
  expect(social.status).toBe(200)
  expect(await social.json()).toMatchObject({ created: 0, skipped: 4 })
})
