import { parse } from 'csv-parse/sync'
import { createLocalReq, type Endpoint, getLocalI18n } from 'payload'

import { codeNamer } from '../../../src/kernel/admin/stateLabels.js'
import { reportCsv, reportPdf, type StoredReport } from '../../../src/features/planning/reports/render.js'
import { pdfText } from '../monitoring/pdfText.js'
import { zonedDate } from '../../../src/kernel/time/zonedTime.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeDepartment, makeRequest, makeUser, type TestUser } from '../../helpers/fixtures.js'
import { type Id, makeFollowUp, runJob } from './fixtures.js'

let app: Booted
let head: TestUser
let admin: TestUser
let auditor: TestUser
let editor: TestUser
const now = new Date()
// the current month on the Bogota calendar (report periods follow it)
const { year: y, month: m1 } = zonedDate(now, 'America/Bogota')
const m = m1 - 1
const PERIOD = `${y}-${String(m + 1).padStart(2, '0')}`
const inMonth = (day: number) => new Date(Date.UTC(y, m, day, 12)).toISOString()
const DAY = 86_400_000

beforeAll(async () => {
  app = await bootPayload()
  const p = app.payload
  head = await makeUser(p, ['head'], { email: 'jefe@pasto.gov.co' })
  admin = await makeUser(p, ['admin'], { email: 'admin@pasto.gov.co' })
  auditor = await makeUser(p, ['auditor'], { email: 'control@pasto.gov.co' })
  editor = await makeUser(p, ['editor'], { email: 'editor@pasto.gov.co' })
  const salud = (await makeDepartment(p, 'SAL', 'Salud')).id
  const cultura = (await makeDepartment(p, 'CUL', 'Cultura')).id
  await makeDepartment(p, 'HAC', 'Hacienda') // no requests: not listed
  // requests received this month: Salud 2 submitted + 1 delivered; Cultura 1 in-production, overdue.
  // Received on the 2nd of the month, whatever the clock reads while the test runs (a run that
  // starts at 23:58 on the last day of a month crosses into the next one).
  const received = inMonth(2)
  await makeRequest(p, { department: salud, status: 'submitted', createdAt: received })
  await makeRequest(p, { department: salud, status: 'submitted', createdAt: received })
  await makeRequest(p, { department: salud, status: 'delivered', createdAt: received })
  await makeRequest(p, { department: cultura, status: 'in-production', dueDate: new Date(Date.now() - 60_000).toISOString(), title: 'Afiche, "Carnaval"', createdAt: received })
  // follow-ups of the month: 1 on time + 1 late delivered; ratings 4 and 5
  await makeFollowUp(p, { kind: 'request-delivered', measuredAt: inMonth(1), onTime: true, leadTimeDays: 3 })
  await makeFollowUp(p, { kind: 'request-delivered', measuredAt: inMonth(1), onTime: false, leadTimeDays: 7 })
  await makeFollowUp(p, { kind: 'request-rated', measuredAt: inMonth(1), score: 4 })
  await makeFollowUp(p, { kind: 'request-rated', measuredAt: inMonth(1), score: 5 })
  // indicators: on time (target 90, threshold 80) and satisfaction (target 4, threshold 3.5)
  await p.create({ collection: 'indicators', data: { code: 'COM-01', name: 'Solicitudes a tiempo', computation: 'requests-on-time', target: 90, alertThreshold: 80, direction: 'higher', unit: '%' } as never })
  await p.create({ collection: 'indicators', data: { code: 'COM-05', name: 'Satisfacción', computation: 'requester-satisfaction', target: 4, alertThreshold: 3.5, direction: 'higher', unit: 'puntos' } as never })
  // plan with one action and one accountability campaign running this month
  const plan = await p.create({ collection: 'communication-plans', data: { title: `Plan ${y}`, year: y, scope: 'external', objective: 'o', status: 'in-execution' } as never, context: { skipWorkflow: true } })
  const action = await p.create({ collection: 'plan-actions', data: { plan: plan.id, title: 'A1', responsible: editor.id, start: new Date(Date.now() - 3_600_000).toISOString(), end: new Date(Date.now() + 300 * DAY).toISOString(), target: 4, budget: { planned: 1000, executed: 400 } } as never })
  await p.create({
    collection: 'campaigns',
    data: {
      name: 'Rendición de cuentas',
      kind: 'accountability',
      objective: 'o',
      period: { start: inMonth(1), end: inMonth(28) },
      planAction: action.id,
      budget: { planned: 500, executed: 100 },
      commitments: [
        { commitment: 'c1', owner: editor.id, dueDate: inMonth(20), status: 'fulfilled' },
        { commitment: 'c2', owner: editor.id, dueDate: inMonth(20), status: 'pending' },
      ],
    } as never,
  })
  await p.create({ collection: 'improvement-actions', data: { title: 'x', type: 'improvement', origin: 'audit', rootCause: 'c', responsible: editor.id, dueDate: new Date(Date.now() + 10 * DAY).toISOString() } as never })
  await runJob(p, 'pregoneroComplianceChecks')
})
afterAll(() => app.close())

const endpoint = (path: string, method: string) => (app.payload.config.endpoints as Endpoint[]).find((e) => e.path === path && e.method === method)!
const call = async (path: string, method: string, user: TestUser | null, { body, id }: { body?: unknown; id?: Id } = {}) => {
  const req = await createLocalReq({ user: user ? ({ ...user, collection: 'users' } as never) : undefined }, app.payload)
  if (!user) (req as { user: unknown }).user = null
  ;(req as unknown as { json: () => Promise<unknown> }).json = async () => body
  req.routeParams = id === undefined ? {} : { id: String(id) }
  return endpoint(path, method).handler(req)
}

describe('follow-up and measurement reports', () => {
  let first: StoredReport & { id: Id }

  it('the job generates the report of a period and stores it with its data', async () => {
    await runJob(app.payload, 'pregoneroFollowUpReports', { period: PERIOD })
    const { docs } = await app.payload.find({ collection: 'reports', depth: 0 })
    expect(docs.length).toBe(1)
    first = docs[0] as any
    expect(first).toMatchObject({ kind: 'monthly', version: 1, title: `Informe mensual de seguimiento y medición ${PERIOD} (versión 1)` })
  })

  it('CSV content, cell by cell', async () => {
    const rows: string[][] = parse(reportCsv(first), { relax_column_count: true, skip_empty_lines: false })
    expect(rows[0]).toEqual([first.title])
    expect(rows[1]).toEqual(['Entidad', 'Alcaldía de Pasto'])
    expect(rows[2]).toEqual(['Periodo', PERIOD])
    expect(rows[3]).toEqual(['Versión', '1'])
    expect(rows[4][0]).toBe('Generado')
    const section = (title: string) => {
      const i = rows.findIndex((r) => r.length === 1 && r[0] === title)
      expect(i).toBeGreaterThan(0)
      const out: string[][] = []
      for (let j = i + 1; j < rows.length && !(rows[j].length === 1 && rows[j][0] === ''); j++) out.push(rows[j])
      return out
    }
    expect(section('Indicadores')).toEqual([
      ['Código', 'Indicador', 'Unidad', 'Meta', 'Umbral', 'Numerador', 'Denominador', 'Valor', 'Cumple meta', 'Semáforo'],
      ['COM-01', 'Solicitudes a tiempo', '%', '90', '80', '1', '3', '33.33', 'No', 'Rojo'], // 1 on time / (2 delivered + 1 overdue open)
      ['COM-05', 'Satisfacción', 'puntos', '4', '3.5', '9', '2', '4.5', 'Sí', 'Verde'],
    ])
    const statuses = ['submitted', 'needs-info', 'accepted', 'rejected', 'in-production', 'in-review', 'delivered', 'closed', 'cancelled']
    expect(section('Solicitudes recibidas por dependencia y estado')).toEqual([
      ['Dependencia', ...statuses, 'Total'],
      ['Cultura', '0', '0', '0', '0', '1', '0', '0', '0', '0', '1'],
      ['Salud', '2', '0', '0', '0', '0', '0', '1', '0', '0', '3'],
      ['Total', '2', '0', '0', '0', '1', '0', '1', '0', '0', '4'],
    ])
    expect(section('Avance de los planes')).toEqual([
      ['Plan', 'Año', 'Alcance', 'Estado', 'Avance (%)', 'Acciones', 'Presupuesto planeado', 'Presupuesto ejecutado'],
      [`Plan ${y}`, String(y), 'external', 'in-execution', '25', '1', '1500', '500'], // 1 fulfilled commitment of target 4
    ])
    expect(section('Campañas del periodo')).toEqual([
      ['Campaña', 'Tipo', 'Estado', 'Presupuesto planeado', 'Presupuesto ejecutado', 'Compromisos cumplidos', 'Compromisos'],
      ['Rendición de cuentas', 'accountability', 'planned', '500', '100', '1', '2'],
    ])
    expect(section('Alertas de cumplimiento del periodo')).toEqual([
      ['Tipo', 'Generadas', 'Abiertas', 'Resueltas'],
      ['request-overdue', '1', '1', '0'],
    ])
    expect(section('Acciones correctivas y de mejora')).toEqual([
      ['Estado', 'Cantidad'],
      ['open', '1'],
      ['in-progress', '0'],
      ['done', '0'],
      ['verified-effective', '0'],
      ['not-effective', '0'],
      ['Vencidas', '0'],
    ])
  })

  it('PDF is produced, non-empty, with the title text', async () => {
    const pdf = await reportPdf(first)
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(2000)
    // The embedded DejaVu writes glyph ids: read back through its ToUnicode map.
    const text = pdfText(pdf).join('')
    expect(text).toContain(first.title)
    expect(text).toContain('Indicadores')
  })

  it('downloads through the endpoints: CSV and PDF for office and auditors, 401 anonymous', async () => {
    const csv = await call('/pregonero/reports/:id/csv', 'get', auditor, { id: first.id })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    // Issue 15: the download names the statuses in the reader's language and dates day first.
    const names = codeNamer((slug) => (app.payload.collections as Record<string, { config: { fields: unknown[] } }>)[slug]?.config.fields, 'es')
    const downloaded = (await csv.text()).replace(/^\uFEFF/, '')
    expect(downloaded).toBe(reportCsv(first, names, 'America/Bogota'))
    expect(downloaded).toContain('Dependencia,Radicada,Requiere información,Aceptada')
    expect(downloaded).toMatch(/Generado,\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)
    const pdf = await call('/pregonero/reports/:id/pdf', 'get', head, { id: first.id })
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await call('/pregonero/reports/:id/csv', 'get', null, { id: first.id })).status).toBe(401)
  })

  it('an English reader downloads the CSV and the PDF with English headings, no Spanish ones', async () => {
    const i18n = await getLocalI18n({ config: app.payload.config, language: 'en' })
    const req = await createLocalReq({ user: { ...auditor, collection: 'users' } as never, req: { i18n } as never }, app.payload)
    req.routeParams = { id: String(first.id) }
    const csv = (await (await endpoint('/pregonero/reports/:id/csv', 'get').handler(req)).text()).replace(/^\uFEFF/, '')
    expect(csv).toMatch(/\r?\nInstitution,/)
    expect(csv).toContain('Period,')
    expect(csv).toContain('Code,Indicator,Unit,Target,Threshold,Numerator,Denominator,Value,Meets target,Traffic light')
    expect(csv).toContain('Department,Submitted,')
    expect(csv).not.toMatch(/Entidad|Indicadores|Dependencia|Cumple meta|Semáforo/)
    const pdf = pdfText(Buffer.from(await (await endpoint('/pregonero/reports/:id/pdf', 'get').handler(req)).arrayBuffer())).join('')
    expect(pdf).toContain('Indicators')
    expect(pdf).not.toContain('Indicadores')
  })

  it('is immutable: nobody updates or deletes a report, nor creates one by hand', async () => {
    for (const user of [admin, head]) {
      await expect(app.payload.update({ collection: 'reports', id: first.id, data: { title: 'x' } as never, user, overrideAccess: false })).rejects.toThrow()
      await expect(app.payload.delete({ collection: 'reports', id: first.id, user, overrideAccess: false })).rejects.toThrow()
      await expect(
        app.payload.create({ collection: 'reports', data: { title: 'x', kind: 'monthly', period: PERIOD, version: 9, generatedAt: now.toISOString(), data: {} } as never, user, overrideAccess: false }),
      ).rejects.toThrow()
    }
  })

  it('on demand from the admin makes a new version; the first one stays unchanged', async () => {
    const forbidden = await call('/pregonero/reports/generate', 'post', editor, { body: { period: PERIOD } })
    expect(forbidden.status).toBe(403)
    const bad = await call('/pregonero/reports/generate', 'post', head, { body: { period: '2026-13' } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(await bad.json())).toMatch(/period/)
    const res = await call('/pregonero/reports/generate', 'post', head, { body: { period: PERIOD } })
    expect(res.status).toBe(201)
    const body = (await res.json()) as { id: Id; version: number; title: string }
    expect(body.version).toBe(2)
    expect(body.title).toContain('(versión 2)')
    const again = (await app.payload.findByID({ collection: 'reports', id: first.id, depth: 0 })) as any
    expect(again.title).toBe(first.title)
    expect(again.data).toEqual(first.data)
    const second = (await app.payload.findByID({ collection: 'reports', id: body.id, depth: 0 })) as any
    expect(second.trigger).toBe('on-demand')
    expect(String(second.generatedBy)).toBe(String(head.id))
  })

})

describe('schedules on the jobs queue', () => {
  it('every plan-measure-act task is scheduled on the plugin queue by Payload (handleSchedules)', async () => {
    await app.payload.jobs.handleSchedules({ queue: 'pregonero' })
    const { docs } = await app.payload.find({ collection: 'payload-jobs', where: { queue: { equals: 'pregonero' } }, pagination: false, depth: 0 })
    const slugs = new Set((docs as any[]).map((d) => d.taskSlug))
    for (const slug of ['pregoneroComplianceChecks', 'pregoneroAlertDigest', 'pregoneroMeasureIndicators', 'pregoneroFollowUpReports']) expect(slugs.has(slug)).toBe(true)
    for (const job of docs as any[]) expect(new Date(job.waitUntil).getTime()).toBeGreaterThan(Date.now() - 1000)
  })
})
