/**
 * The monitoring figures (media mentions, press-release pickup, social reach and engagement,
 * intranet reads, free-press estimate) inside the periodic follow-up report: stored with the
 * report's data and printed in its CSV and PDF, read back from the produced files.
 */
import { parse } from 'csv-parse/sync'
import { createLocalReq, type Endpoint } from 'payload'

import { resolveOptions } from '../../../src/defaults.js'
import { parsePeriod } from '../../../src/features/planning/indicators/period.js'
import { importMentions, importSocialMetrics } from '../../../src/features/monitoring/import.js'
import { buildMonitoringFigures } from '../../../src/features/planning/reports/build.js'
import { reportCsv, reportPdf, type StoredReport } from '../../../src/features/planning/reports/render.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent, makeUser, type TestUser } from '../../helpers/fixtures.js'
import { type Base, fixture, reqAs, seedBase } from '../monitoring/helpers.js'
import { pdfText } from '../monitoring/pdfText.js'
import { runJob } from './fixtures.js'

let app: Booted
let base: Base
let head: TestUser
let report: StoredReport & { id: number | string }
const options = resolveOptions()

beforeAll(async () => {
  app = await bootPayload()
  const p = app.payload
  base = await seedBase(p) // October 2026: 3 press releases published (cp-puente-juanoy, cp-jornada-salud, cp-sin-eco)
  head = await makeUser(p, ['head'])
  // 5 October mentions: press 2 positive, radio 1 neutral, digital 1 negative, TV 1 positive; 2 releases picked up
  await importMentions(await reqAs(p, base.admin), options, { csv: await fixture('mentions-good.csv') })
  const facebook = ((await p.create({ collection: 'social-accounts' as never, data: { network: 'facebook', handle: 'alcaldiadepasto' } as never })) as unknown as { id: number | string }).id
  // 3 October days: reach 25 000, impressions 44 000, engagements 800, posts 4, followers 45 300 at the end
  await importSocialMetrics(await reqAs(p, base.admin), options, { csv: await fixture('social-meta.csv'), account: facebook })
  // intranet reads (system-written rows): Salud 3 reads by 2 people of 2 contents; Infraestructura 1; one in November (out)
  const staff = await Promise.all([makeUser(p, ['editor'], { department: base.departments.SAL }), makeUser(p, ['editor'], { department: base.departments.SAL }), makeUser(p, ['designer'], { department: base.departments.INF })])
  const intranet = async (slug: string) =>
    (await makeContent(p, { title: slug, slug, kind: 'intranet-post', audience: 'internal', stage: 'published', _status: 'published', publishedAt: '2026-10-01T14:00:00.000Z' })).id
  const [a, b] = [await intranet('circular-vacunacion'), await intranet('circular-vias')]
  const read = (content: unknown, user: TestUser, day: string) =>
    p.create({ collection: 'intranet-reads' as never, data: { content, user: user.id, department: user.department, day: `${day}T12:00:00.000Z`, readKey: `${String(content)}|${String(user.id)}|${day}` } as never, overrideAccess: true })
  await read(a, staff[0], '2026-10-05')
  await read(b, staff[0], '2026-10-05')
  await read(a, staff[1], '2026-10-31')
  await read(a, staff[2], '2026-10-06')
  await read(b, staff[2], '2026-11-01')
  await runJob(p, 'pregoneroFollowUpReports', { period: '2026-10' })
  report = (await p.find({ collection: 'reports', where: { period: { equals: '2026-10' } }, depth: 0 })).docs[0] as any
})
afterAll(() => app.close())

const section = (rows: string[][], title: string) => {
  const i = rows.findIndex((r) => r.length === 1 && r[0] === title)
  expect(i).toBeGreaterThan(0)
  const out: string[][] = []
  for (let j = i + 1; j < rows.length && !(rows[j].length === 1 && rows[j][0] === ''); j++) out.push(rows[j])
  return out
}

describe('monitoring figures in the follow-up report', () => {
  it('are stored with the report, and the neutral path gives the same figures', async () => {
    expect(report.data.monitoring).toMatchObject({
      mentions: { total: 5, bySentiment: { positive: 3, neutral: 1, negative: 1 } },
      sentimentIndex: 0.4,
      pickup: { releases: 3, pickedUp: 2, rate: 0.6667 },
      advertisingValueEquivalent: { estimate: 1750000.5, mentionsWithValue: 2 },
    })
    const req = await createLocalReq({}, app.payload)
    const neutral = await buildMonitoringFigures(req, resolveOptions({ monitoring: { sqlFastPath: false } }), parsePeriod('2026-10'))
    expect(neutral).toEqual(report.data.monitoring)
  })

  it('CSV: each monitoring section, cell by cell', async () => {
    const csv = reportCsv(report)
    const rows: string[][] = parse(csv, { relax_column_count: true, skip_empty_lines: false })
    expect(section(rows, 'Monitoreo de medios: menciones por sentimiento')).toEqual([
      ['Sentimiento', 'Menciones'],
      ['Positivo', '3'],
      ['Neutro', '1'],
      ['Negativo', '1'],
      ['Total', '5'],
      ['Índice neto de sentimiento (positivas − negativas) / total', '0.4'],
    ])
    expect(section(rows, 'Monitoreo de medios: menciones por tipo de medio')).toEqual([
      ['Tipo de medio', 'Positivo', 'Neutro', 'Negativo', 'Total'],
      ['Prensa escrita', '2', '0', '0', '2'],
      ['Radio', '0', '1', '0', '1'],
      ['Televisión', '1', '0', '0', '1'],
      ['Medio digital', '0', '0', '1', '1'],
    ])
    expect(section(rows, 'Monitoreo de medios: participación por tema')).toEqual([
      ['Tema', 'Menciones', 'Participación (%)'],
      ['Movilidad', '2', '40'],
      ['Salud', '2', '40'],
      ['Cultura', '1', '20'],
    ])
    expect(section(rows, 'Monitoreo de medios: recogida de comunicados de prensa')).toEqual([
      ['Comunicados publicados', 'Con al menos una mención', 'Tasa de recogida (%)'],
      ['3', '2', '66.67'],
    ])
    expect(section(rows, 'Redes sociales: alcance e interacción por cuenta')).toEqual([
      ['Red', 'Cuenta', 'Seguidores', 'Impresiones', 'Alcance', 'Interacciones', 'Publicaciones', 'Tasa de interacción (%)'],
      ['facebook', 'alcaldiadepasto', '45300', '44000', '25000', '800', '4', '3.2'],
      ['Total', '', '', '44000', '25000', '800', '4', ''],
    ])
    expect(section(rows, 'Intranet: lecturas por dependencia')).toEqual([
      ['Dependencia', 'Lecturas', 'Lectores', 'Contenidos leídos'],
      ['Secretaría de Salud', '3', '2', '2'],
      ['Secretaría de Infraestructura', '1', '1', '1'],
    ])
    expect(section(rows, 'Free press: valor publicitario equivalente (estimación, no mide impacto)')).toEqual([
      ['Estimación (COP)', 'Menciones con valor'],
      ['1750000.5', '2'],
    ])
  })

  it('PDF: the monitoring sections are printed', async () => {
    const text = pdfText(await reportPdf(report))
    expect(text).toContain(report.title)
    for (const heading of ['Monitoreo de medios: menciones por sentimiento', 'Monitoreo de medios: recogida de comunicados de prensa', 'Redes sociales: alcance e interacción por cuenta', 'Intranet: lecturas por dependencia']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('alcaldiadepasto')
    expect(text).toContain('Secretaría de Salud')
    expect(text).toContain((66.67).toLocaleString('es-CO')) // the PDF prints numbers the Colombian way (66,67)
  })

  it('the downloads of the report (CSV endpoint) carry the same sections', async () => {
    const endpoint = (app.payload.config.endpoints as Endpoint[]).find((e) => e.path === '/pregonero/reports/:id/csv')!
    const req = await createLocalReq({ user: head as never }, app.payload)
    req.routeParams = { id: String(report.id) }
    const res = await endpoint.handler(req)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Monitoreo de medios: recogida de comunicados de prensa')
  })
})
