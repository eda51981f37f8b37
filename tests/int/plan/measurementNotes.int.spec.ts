/**
 * Issue 15, item 7 — an indicator measurement's note is kept as a message key and variables and
 * read in each reader's language, whoever measured it (the job measures without a language:
 * Spanish; a measurement run on an English request stores no English). Rows measured before the
 * key was kept show their stored text. REST (Accept-Language) and the Local API with access.
 */
import { createLocalReq, getLocalI18n } from 'payload'

import { measurePeriod } from '../../../src/features/planning/indicators/measure.js'
import { parsePeriod } from '../../../src/features/planning/indicators/period.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeFixtures, restClient, type Fixtures } from '../comms/fixtures.js'
import { runJob } from './fixtures.js'

let app: Booted
let fx: Fixtures
let rest: Awaited<ReturnType<typeof restClient>>
let indicatorId: number | string

const FINISHED = ['delivered', 'closed', 'cancelled', 'rejected']

beforeAll(async () => {
  app = await bootPayload()
  fx = await makeFixtures(app.payload)
  rest = await restClient(app.payload)
  // Plan execution with no approved plan: measured, with the note "no approved plan".
  const indicator = await app.payload.create({
    collection: 'indicators',
    data: { code: 'IND-PLAN', name: 'Ejecución del plan', computation: 'plan-execution', frequency: 'monthly', unit: '%', target: 90 } as never,
    overrideAccess: true,
  })
  indicatorId = indicator.id
})
afterAll(() => app.close())

type Measurement = { id: number | string; period: string; note?: string | null; noteKey?: string | null }

const measurementOf = async (period: string) =>
  (
    await app.payload.find({ collection: 'indicator-measurements', where: { and: [{ indicator: { equals: indicatorId } }, { period: { equals: period } }] }, overrideAccess: true, depth: 0 })
  ).docs[0] as unknown as Measurement

const restNote = async (id: number | string, language: 'en' | 'es', as = fx.auditor.email) => {
  const response = await rest('GET', `indicator-measurements/${id}?depth=0`, { as, headers: { 'Accept-Language': language } })
  expect(response.status).toBe(200)
  return ((await response.json()) as Measurement).note
}

const localNote = async (id: number | string, language: 'en' | 'es') => {
  const i18n = await getLocalI18n({ config: app.payload.config, language })
  const req = await createLocalReq({ user: { ...fx.head, collection: 'users' } as never, req: { i18n, t: i18n.t } as never }, app.payload)
  return ((await app.payload.findByID({ collection: 'indicator-measurements', id, overrideAccess: false, user: fx.head as never, req, depth: 0 })) as unknown as Measurement).note
}

describe('indicator measurement notes are read in the reader\'s language', () => {
  it('measured by the job (no language): an English reader reads English, a Spanish reader Spanish (REST and Local API)', async () => {
    await runJob(app.payload, 'pregoneroMeasureIndicators', { period: '2026-03' })
    const measurement = await measurementOf('2026-03')
    expect(measurement.noteKey).toBe('indicatorNoApprovedPlan')
    expect(await restNote(measurement.id, 'en')).toBe('no approved plan')
    expect(await restNote(measurement.id, 'es')).toBe('sin plan aprobado')
    expect(await localNote(measurement.id, 'en')).toBe('no approved plan')
    expect(await localNote(measurement.id, 'es')).toBe('sin plan aprobado')
    // The list (the admin's list view reads it the same way).
    const list = await rest('GET', `indicator-measurements?depth=0&where[indicator][equals]=${indicatorId}`, { as: fx.head.email, headers: { 'Accept-Language': 'en' } })
    expect(((await list.json()) as { docs: Measurement[] }).docs.map((doc) => doc.note)).toContain('no approved plan')
  })

  it('measured on an English request: a Spanish reader still reads Spanish; an old row (no key) reads as stored', async () => {
    const i18n = await getLocalI18n({ config: app.payload.config, language: 'en' })
    const req = await createLocalReq({ user: { ...fx.head, collection: 'users' } as never, req: { i18n, t: i18n.t } as never }, app.payload)
    await measurePeriod(req, parsePeriod('2026-04'), { finishedRequestStatuses: FINISHED })
    const measurement = await measurementOf('2026-04')
    expect(await restNote(measurement.id, 'es')).toBe('sin plan aprobado')
    expect(await localNote(measurement.id, 'es')).toBe('sin plan aprobado')
    expect(await restNote(measurement.id, 'en')).toBe('no approved plan')
    // A row measured before the key was kept shows its stored text to everyone.
    const old = await app.payload.create({
      collection: 'indicator-measurements',
      data: { indicator: indicatorId, period: '2025-12', frequency: 'monthly', available: true, note: 'nota antigua de la medición' } as never,
      overrideAccess: true,
    })
    expect(await restNote(old.id, 'en')).toBe('nota antigua de la medición')
    expect(await localNote(old.id, 'en')).toBe('nota antigua de la medición')
  })
})
