import { createLocalReq } from 'payload'

import { computeIndicator } from '../../../src/features/planning/indicators/measure.js'
import { parsePeriod } from '../../../src/features/planning/indicators/period.js'
import { indicatorSeed } from '../../../dev/seed/data/indicators.js'
import { useSql } from '../../../src/features/planning/indicators/aggregate.js'
import { bootPayload, type Booted, testDatabase } from '../../helpers/bootPayload.js'
import { makeContent, makeDepartment, makeRequest, makeUser, type TestUser } from '../../helpers/fixtures.js'
import { findOpenAlerts, type Id, makeFollowUp, runJob } from './fixtures.js'

let app: Booted
let head: TestUser
let auditor: TestUser
let dep: Id
const FINISHED = ['delivered', 'closed', 'cancelled', 'rejected']
const NOW = new Date('2026-04-10T12:00:00.000Z')
/** A Bogota wall-clock time (UTC−5) as the stored UTC instant. */
const bogota = (local: string) => new Date(`${local}-05:00`).toISOString()

beforeAll(async () => {
  app = await bootPayload()
  const p = app.payload
  dep = (await makeDepartment(p, 'GOB', 'Secretaría de Gobierno')).id
  head = await makeUser(p, ['head'], { email: 'jefe@pasto.gov.co' })
  auditor = await makeUser(p, ['auditor'], { email: 'control@pasto.gov.co' })

  // request-delivered follow-ups: March has 3 on time + 1 late, lead times 2, 4, 5, 9
  const delivered = (measuredAt: string, onTime: boolean, leadTimeDays: number) =>
    makeFollowUp(p, { kind: 'request-delivered', measuredAt, onTime, leadTimeDays, department: dep })
  await delivered('2026-03-02T15:00:00.000Z', true, 2)
  await delivered('2026-03-10T15:00:00.000Z', true, 4)
  await delivered('2026-03-20T15:00:00.000Z', true, 5)
  // Periods follow the Bogota calendar (UTC−5): March is [03-01T05:00Z, 04-01T05:00Z).
  await delivered(bogota('2026-03-31T23:59:59.000'), false, 9) // last second of March in Bogota (April in UTC)
  await delivered(bogota('2026-02-28T23:59:59.000'), true, 1) // February in Bogota (March in UTC): out
  await delivered(bogota('2026-04-01T00:00:00.000'), false, 30) // April: out
  // requests due in March: one still open (counts as not on time), one delivered, one cancelled; one due in April
  await makeRequest(p, { department: dep, dueDate: '2026-03-15T12:00:00.000Z', status: 'in-production' })
  await makeRequest(p, { department: dep, dueDate: '2026-03-16T12:00:00.000Z', status: 'delivered' })
  await makeRequest(p, { department: dep, dueDate: '2026-03-17T12:00:00.000Z', status: 'cancelled' })
  await makeRequest(p, { department: dep, dueDate: '2026-04-02T12:00:00.000Z', status: 'in-production' })
  // ratings: March 5, 4, 4, 2 (mean 3.75); April 1 out
  for (const [at, score] of [['2026-03-03', 5], ['2026-03-04', 4], ['2026-03-05', 4], ['2026-03-06', 2], ['2026-04-06', 1]] as const) {
    await makeFollowUp(p, { kind: 'request-rated', measuredAt: `${at}T10:00:00.000Z`, score })
  }
  // content-published: March 3 contents over channels; February one out
  const published = (measuredAt: string, channels: string[], contentKind = 'news', subjectId?: Id) =>
    makeFollowUp(p, { kind: 'content-published', subjectCollection: 'contents', measuredAt, channels, contentKind, ...(subjectId === undefined ? {} : { subjectId: String(subjectId) }) })
  await published(bogota('2026-03-01T00:00:00.000'), ['facebook', 'web'])
  // one press release published in March (the pickup rate counts published press-release contents)
  const release = await makeContent(p, { title: 'Comunicado de marzo', kind: 'press-release', stage: 'published', publishedAt: bogota('2026-03-11T00:00:00.000') })
  await published(bogota('2026-03-11T00:00:00.000'), ['web'], 'press-release', release.id)
  await published('2026-03-21T00:00:00.000Z', ['radio', 'web', 'x'])
  await published('2026-02-21T00:00:00.000Z', ['tv'])

  // plans: external 2026 approved with actions due by end of March: A done, B not; C due in June
  const plan = await p.create({ collection: 'communication-plans', data: { title: 'Plan externo', year: 2026, scope: 'external', objective: 'o', status: 'approved' } as never, context: { skipWorkflow: true } })
  const action = (title: string, end: string) =>
    p.create({ collection: 'plan-actions', data: { plan: plan.id, title, responsible: head.id, start: '2026-01-01', end, target: 1 } as never })
  const a = await action('A', '2026-02-15')
  await action('B', '2026-03-20')
  const c = await action('C', '2026-06-30')
  await makeContent(p, { planAction: a.id, stage: 'published' })
  await makeContent(p, { planAction: c.id, stage: 'published' })
  // internal plan 2026 approved: one action due in January, done
  const internal = await p.create({ collection: 'communication-plans', data: { title: 'Plan interno', year: 2026, scope: 'internal', objective: 'o', status: 'approved' } as never, context: { skipWorkflow: true } })
  const i1 = await p.create({ collection: 'plan-actions', data: { plan: internal.id, title: 'I1', responsible: head.id, start: '2026-01-01', end: '2026-01-31', target: 1 } as never })
  await makeContent(p, { planAction: i1.id, stage: 'published', audience: 'internal' })
  // a draft plan does not count
  const draft = await p.create({ collection: 'communication-plans', data: { title: 'Borrador', year: 2026, scope: 'external', objective: 'o' } as never })
  await p.create({ collection: 'plan-actions', data: { plan: draft.id, title: 'D', responsible: head.id, start: '2026-01-01', end: '2026-01-31', target: 1 } as never })

  // accountability commitments: due in March 2 fulfilled + 1 pending + 1 cancelled (excluded); one due in April
  await p.create({
    collection: 'campaigns',
    data: {
      name: 'Rendición de cuentas',
      kind: 'accountability',
      objective: 'o',
      period: { start: '2026-02-01', end: '2026-04-30' },
      commitments: [
        { commitment: 'a', owner: head.id, dueDate: '2026-03-05T12:00:00.000Z', status: 'fulfilled' },
        { commitment: 'b', owner: head.id, dueDate: '2026-03-25T12:00:00.000Z', status: 'fulfilled' },
        { commitment: 'c', owner: head.id, dueDate: '2026-03-30T12:00:00.000Z', status: 'pending' },
        { commitment: 'd', owner: head.id, dueDate: '2026-03-30T12:00:00.000Z', status: 'cancelled' },
        { commitment: 'e', owner: head.id, dueDate: '2026-04-10T12:00:00.000Z', status: 'pending' },
      ],
    } as never,
  })
  await p.create({
    collection: 'campaigns',
    data: { name: 'Sensibilización', kind: 'awareness', objective: 'o', period: { start: '2026-03-01', end: '2026-03-31' } } as never,
  })
  for (const seed of indicatorSeed) await p.create({ collection: 'indicators', data: { ...seed } as never })
})
afterAll(() => app.close())

const compute = async (computation: string, period: string, mode: 'auto' | 'neutral') => {
  const req = await createLocalReq({}, app.payload)
  return computeIndicator(req, { computation }, parsePeriod(period), { mode, now: NOW, finishedRequestStatuses: FINISHED })
}

it('the auto path is the SQL fast path on the adapter under test (SQLite in int, PostgreSQL in int-pg), so both paths below are really compared', async () => {
  const req = await createLocalReq({}, app.payload)
  expect(app.payload.db.name).toBe(testDatabase())
  expect(useSql({ req, mode: 'auto' })).toBe(true)
  expect(useSql({ req, mode: 'neutral' })).toBe(false)
})

describe.each(['auto', 'neutral'] as const)('built-in computations (%s path)', (mode) => {
  it('requests attended on time: 3 on time / (4 delivered + 1 overdue open) = 60 %', async () => {
    expect(await compute('requests-on-time', '2026-03', mode)).toMatchObject({ available: true, numerator: 3, denominator: 5, value: 60 })
  })
  it('average lead time: (2 + 4 + 5 + 9) / 4 = 5 working days', async () => {
    expect(await compute('average-lead-time', '2026-03', mode)).toMatchObject({ numerator: 20, denominator: 4, value: 5 })
  })
  it('requester satisfaction: (5 + 4 + 4 + 2) / 4 = 3.75', async () => {
    expect(await compute('requester-satisfaction', '2026-03', mode)).toMatchObject({ numerator: 15, denominator: 4, value: 3.75 })
  })
  it('content published per channel: 3 contents; web 3, facebook 1, radio 1, x 1', async () => {
    const r = await compute('content-per-channel', '2026-03', mode)
    expect(r.value).toBe(3)
    expect(r.breakdown).toEqual({ web: 3, facebook: 1, radio: 1, x: 1 })
  })
  it('plan execution: 1 of 2 actions due by end of March completed = 50 %', async () => {
    expect(await compute('plan-execution', '2026-03', mode)).toMatchObject({ numerator: 1, denominator: 2, value: 50 })
    expect(await compute('plan-execution', '2026-Q2', mode)).toMatchObject({ numerator: 2, denominator: 3 })
    expect((await compute('plan-execution', '2026-Q2', mode)).value).toBeCloseTo(66.67, 2)
  })
  it('internal action plan execution: 1 of 1 = 100 %', async () => {
    expect(await compute('internal-plan-execution', '2026-Q1', mode)).toMatchObject({ numerator: 1, denominator: 1, value: 100 })
  })
  it('accountability commitments fulfilled: 2 of 3 due in March (cancelled excluded) = 66.67 %', async () => {
    expect(await compute('commitments-fulfilled', '2026-03', mode)).toMatchObject({ numerator: 2, denominator: 3, value: 66.67 })
    expect(await compute('commitments-fulfilled', '2026-Q2', mode)).toMatchObject({ numerator: 0, denominator: 1, value: 0 })
  })
  it('monitoring indicators are available once their collections exist (values: optionalSources spec)', async () => {
    for (const key of ['press-release-pickup', 'media-sentiment']) {
      expect(await compute(key, '2026-03', mode)).toMatchObject({ available: true })
    }
    // Captions live on the video assets (`hasCaptions`): the source exists; no video in the period, no value.
    expect(await compute('captioned-video-share', '2026-03', mode)).toMatchObject({ available: true, value: null })
    // No mention in the period: no value, not zero.
    expect(await compute('media-sentiment', '2026-03', mode)).toMatchObject({ denominator: 0, value: null })
  })
  it('an empty period gives no value (null), not zero', async () => {
    expect(await compute('average-lead-time', '2025-03', mode)).toMatchObject({ value: null, denominator: 0 })
  })
})

describe('periods follow the Bogota calendar (UTC−5), not UTC', () => {
  it('a record at 2026-10-31T23:30-05:00 (2026-11-01T04:30Z) lands in October and in Q4; one at 2026-09-30T23:30-05:00 in Q3', async () => {
    await makeFollowUp(app.payload, { kind: 'request-rated', measuredAt: '2026-11-01T04:30:00.000Z', score: 2 })
    await makeFollowUp(app.payload, { kind: 'request-rated', measuredAt: bogota('2026-09-30T23:30:00.000'), score: 4 })
    for (const mode of ['auto', 'neutral'] as const) {
      expect(await compute('requester-satisfaction', '2026-10', mode)).toMatchObject({ numerator: 2, denominator: 1, value: 2 })
      expect(await compute('requester-satisfaction', '2026-11', mode)).toMatchObject({ denominator: 0, value: null })
      expect(await compute('requester-satisfaction', '2026-Q4', mode)).toMatchObject({ numerator: 2, denominator: 1 })
      expect(await compute('requester-satisfaction', '2026-Q3', mode)).toMatchObject({ numerator: 4, denominator: 1 })
    }
  })
})

describe('indicator measurements (written only by the job) and threshold alerts', () => {
  const measurements = async () =>
    (await app.payload.find({ collection: 'indicator-measurements', where: { period: { equals: '2026-03' } }, depth: 1, pagination: false })).docs as any[]

  it('the job writes one measurement per monthly indicator for the period, with target evaluation', async () => {
    await runJob(app.payload, 'pregoneroMeasureIndicators', { period: '2026-03' })
    const docs = await measurements()
    const monthly = indicatorSeed.filter((s) => s.frequency === 'monthly')
    expect(docs.length).toBe(monthly.length)
    const byCode = Object.fromEntries(docs.map((d) => [d.indicator.code, d]))
    expect(byCode['COM-01']).toMatchObject({ value: 60, numerator: 3, denominator: 5, meetsTarget: false, belowThreshold: true })
    expect(byCode['COM-02']).toMatchObject({ value: 5, meetsTarget: true, belowThreshold: false })
    expect(byCode['COM-05']).toMatchObject({ value: 3.75, meetsTarget: false, belowThreshold: false })
    expect(byCode['COM-06']).toMatchObject({ value: 3, breakdown: { web: 3, facebook: 1, radio: 1, x: 1 } })
    // Press releases published in March with no mention picked up: 0 %, below its threshold.
    expect(byCode['COM-07']).toMatchObject({ value: 0, available: true, belowThreshold: true })
    const alerts = await findOpenAlerts(app.payload, 'indicator-below-threshold')
    expect(alerts.map((a) => a.subjectId).sort()).toEqual([String(byCode['COM-01'].indicator.id), String(byCode['COM-07'].indicator.id)].sort())
  })

  it('running the job again updates the same measurements and raises no duplicate alert', async () => {
    const before = (await measurements()).map((d) => d.id).sort()
    await runJob(app.payload, 'pregoneroMeasureIndicators', { period: '2026-03' })
    expect((await measurements()).map((d) => d.id).sort()).toEqual(before)
    expect((await findOpenAlerts(app.payload, 'indicator-below-threshold')).length).toBe(2)
  })

  it('the alert resolves itself when the indicator recovers, with a note', async () => {
    // 6 more deliveries on time in March: 9 / 11 = 81.82 % ≥ 80 threshold
    for (let i = 0; i < 6; i++) {
      await makeFollowUp(app.payload, { kind: 'request-delivered', measuredAt: `2026-03-2${i}T10:00:00.000Z`, onTime: true, leadTimeDays: 3 })
    }
    await runJob(app.payload, 'pregoneroMeasureIndicators', { period: '2026-03' })
    const com01 = (await measurements()).find((d) => d.indicator.code === 'COM-01')
    expect(com01).toMatchObject({ numerator: 9, denominator: 11, value: 81.82, belowThreshold: false })
    // COM-01 recovered; COM-07 (no press release picked up) is still below its threshold.
    const open = await findOpenAlerts(app.payload, 'indicator-below-threshold')
    const com07 = (await measurements()).find((d) => d.indicator.code === 'COM-07')
    expect(open.map((a) => a.subjectId)).toEqual([String(com07!.indicator.id)])
    const { docs } = await app.payload.find({ collection: 'alerts', where: { and: [{ kind: { equals: 'indicator-below-threshold' } }, { status: { equals: 'resolved' } }] } })
    expect(docs).toHaveLength(1)
    expect(String((docs[0] as any).resolutionNote)).toMatch(/umbral/)
  })

  it('nobody writes measurements through the API; auditors read them', async () => {
    const indicator = (await app.payload.find({ collection: 'indicators', limit: 1 })).docs[0]
    await expect(
      app.payload.create({ collection: 'indicator-measurements', data: { indicator: indicator.id, period: '2026-05', value: 100 } as never, user: head, overrideAccess: false }),
    ).rejects.toThrow()
    const one = (await measurements())[0]
    await expect(
      app.payload.update({ collection: 'indicator-measurements', id: one.id, data: { value: 100 } as never, user: head, overrideAccess: false }),
    ).rejects.toThrow()
    await expect(app.payload.delete({ collection: 'indicator-measurements', id: one.id, user: head, overrideAccess: false })).rejects.toThrow()
    const read = await app.payload.find({ collection: 'indicator-measurements', user: auditor, overrideAccess: false })
    expect(read.totalDocs).toBeGreaterThan(0)
  })
})
