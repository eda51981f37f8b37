/**
 * PostgreSQL read replicas and the background tasks (issue 16: decisions on stale replica data):
 * a job's `req` has no transaction, so its plain reads go to the replica. With the replica paused
 * (scripts/pgReplica.mjs, port 5433) and the read-after-write window closed (the write was made
 * "elsewhere", or the lag outlasts the window), each decision a task takes on "is it there / done
 * already?" must read the primary (`readOnPrimaryIfReplicas`, src/kernel/sql/readOnPrimary.ts).
 * Runs in the int-pg lane only (`.pg.int.spec.ts`).
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { createLocalReq } from 'payload'

import { indicatorSeed } from '../../dev/seed/data/indicators.js'
import { resolveOptions } from '../../src/defaults.js'
import { runElectionPeriodAlerts } from '../../src/features/compliance/tasks/electionPeriodAlerts.js'
import { runAccessibilityStatementFigures } from '../../src/features/compliance/tasks/accessibilityStatementFigures.js'
import { queueImport } from '../../src/features/monitoring/background.js'
import { checkNegativeSpike } from '../../src/features/monitoring/spike.js'
import { raiseAlert } from '../../src/kernel/alerts/raiseAlert.js'
import { releaseHeldLeases, withLease } from '../../src/kernel/jobs/lease.js'
import { createWork, runWork } from '../../src/kernel/work/progress.js'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { makeContent } from '../helpers/fixtures.js'
import { endLag, onPrimary as onPrimaryOf, startLag, waitCaughtUp } from '../helpers/pgReplica.js'
import { assetData, fileOf, makeJpeg, makeUsers } from './archive/fixtures.js'
import { reqAs, seedBase } from './monitoring/helpers.js'
import { makeFixtures } from './workflow/fixtures.js'

const DAY = 24 * 60 * 60 * 1000

let app: Booted
let payload: Payload
let base: Awaited<ReturnType<typeof seedBase>>
let archiveUsers: Awaited<ReturnType<typeof makeUsers>>
const options = resolveOptions({ jobsQueue: 'pregonero' })

beforeAll(async () => {
  app = await bootPayload({}, { readReplica: true })
  payload = app.payload
  // The digest needs a head to write to.
  await makeFixtures(payload).user(['head'])
  base = await seedBase(payload)
  archiveUsers = await makeUsers(payload)
  await waitCaughtUp()
})
afterEach(async () => {
  if (payload) await endLag(payload)
})
afterAll(() => app?.close())

/** A job's request: no transaction (Payload's runner isolates the handler's `req` from any). */
const jobReq = async () => (await createLocalReq({}, payload)) as PayloadRequest
const onPrimary = <T>(run: (req: PayloadRequest) => Promise<T>): Promise<T> => onPrimaryOf(payload, run)
/** A task's handler as the runner calls it (input and req). */
const runTask = async (slug: string, input: Record<string, unknown> = {}) => {
  const task = (payload.config.jobs.tasks as TaskConfig[]).find((t) => t.slug === slug)!
  const handler = task.handler as unknown as (args: { input: unknown; req: PayloadRequest }) => Promise<{ output: any }>
  return (await handler({ input, req: await jobReq() })).output
}
const lagging = () => startLag(payload)

describe('background tasks with a lagging replica (read-after-write window 0)', () => {
  it('a background work queued during the lag is run by its job (runWork), not ended unrun', async () => {
    await lagging()
    const work = await createWork(payload, { kind: 'report', label: 'Réplica atrasada' })
    // The lag is real: a plain read does not find the work.
    expect(await payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, disableErrors: true })).toBeNull()
    // Before the fix runWork read the work on the replica: "no such work", { ran: false }, the job done.
    const run = await runWork(await jobReq(), work.id, 30_000, async (record) => record.status)
    expect(run).toEqual({ ran: true, value: 'running' })
    const stored = await onPrimary((req) => payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, req }))
    expect((stored as { status?: string }).status).toBe('running')
  })

  it('a lease taken during the lag is renewed and released by its holder, then taken by the next runner', async () => {
    await lagging()
    const key = `replica-lag:${Date.now()}`
    // Before the fix renew looked for the lease on the replica: LeaseLost, the run stopped.
    const first = await withLease(await jobReq(), key, 30_000, async (lease) => {
      await lease.renew()
      return 'renewed'
    })
    expect(first).toEqual({ ran: true, value: 'renewed' })
    // Released on the primary (before the fix release found nothing and kept it for its 30 s).
    const row = await onPrimary(async (req) => (await payload.find({ collection: 'job-leases' as never, where: { key: { equals: key } }, depth: 0, req })).docs[0] as { lockedUntil?: null | string })
    expect(row.lockedUntil ?? null).toBeNull()
    // The next runner finds it (before the fix: not on the replica, the unique insert failed, the job with it).
    const second = await withLease(await jobReq(), key, 30_000, async () => 'again')
    expect(second).toEqual({ ran: true, value: 'again' })
  })

  it('a graceful shutdown gives back a lease taken during the lag', async () => {
    await lagging()
    const key = `replica-shutdown:${Date.now()}`
    // The shutdown's last step runs while the lease is held (its holder still working).
    // Before the fix it looked for the lease on the replica: not there, kept until its time ran out.
    const run = await withLease(await jobReq(), key, 30_000, async () => releaseHeldLeases(payload))
    expect(run).toEqual({ ran: true, value: 1 })
  })

  it('an alert raised during the lag is found open by the next raise: one alert, no failure', async () => {
    await lagging()
    const input = { kind: 'replica-lag', subject: { collection: 'contents', id: `lag-${Date.now()}`, title: 'Réplica' }, message: { key: 'alertConsentPending' as const, vars: { title: 'Réplica' } } }
    const first = await raiseAlert(await jobReq(), input)
    expect(first.created).toBe(true)
    // Before the fix: not on the replica, the unique openKey refused the second, the re-read missed it: thrown.
    const second = await raiseAlert(await jobReq(), input)
    expect(second).toEqual({ alert: expect.objectContaining({ id: first.alert.id }), created: false })
  })

  it("an election period's closing notice, raised and resolved during the lag, is not raised again", async () => {
    const period = (await payload.create({
      collection: 'election-periods' as never,
      data: { name: `Atípicas ${Date.now()}`, electionDay: new Date(Date.now() - 3 * DAY).toISOString(), start: new Date(Date.now() - 90 * DAY).toISOString(), end: new Date(Date.now() - 3 * DAY).toISOString() } as never,
      overrideAccess: true,
    })) as unknown as { id: number | string }
    await waitCaughtUp()
    await lagging()
    const closedNotices = () =>
      onPrimary(
        async (req) =>
          (await payload.find({ collection: 'alerts', where: { and: [{ kind: { equals: 'election-period-closed' } }, { 'subject.documentId': { equals: String(period.id) } }] }, depth: 0, req })).docs as Array<{ id: number | string }>,
      )
    await runElectionPeriodAlerts(await jobReq())
    const [notice] = await closedNotices()
    expect(notice).toBeDefined()
    await payload.update({ collection: 'alerts', id: notice.id, data: { status: 'resolved', resolutionNote: 'Leído' } as never, overrideAccess: true })
    // Before the fix "ever raised?" was asked of the replica: no, and the notice went a second time.
    await runElectionPeriodAlerts(await jobReq())
    expect(await closedNotices()).toHaveLength(1)
  })

  it('the digest does not send again the alerts it stamped moments ago', async () => {
    await raiseAlert(await jobReq(), { kind: 'replica-lag-digest', subject: { collection: 'contents', id: `digest-${Date.now()}`, title: 'Resumen' }, message: { key: 'alertConsentPending', vars: { title: 'Resumen' } } })
    // The replica has the alert un-notified; the stamps the first digest writes it will not see.
    await waitCaughtUp()
    await lagging()
    const first = await runTask('pregoneroAlertDigest')
    expect(first.sent).toBeGreaterThan(0)
    // Before the fix the second digest listed on the replica the alerts just stamped, and mailed them again.
    const second = await runTask('pregoneroAlertDigest')
    expect(second.sent).toBe(0)
  })

  it("a period's follow-up report made during the lag is found by the next run: one report, no failure", async () => {
    await lagging()
    const first = await runTask('pregoneroFollowUpReports', { period: '2025-03' })
    // Before the fix the run key and the last version were read on the replica: a second report
    // collided with the first's version and the job failed.
    const second = await runTask('pregoneroFollowUpReports', { period: '2025-03' })
    expect(second.reports).toEqual(first.reports)
    const made = await onPrimary((req) => payload.count({ collection: 'reports' as never, where: { runKey: { equals: 'job|monthly|2025-03' } }, req }))
    expect(made.totalDocs).toBe(1)
  })

  it('a CSV import of rows another import landed moments ago writes none again and completes (not failed)', async () => {
    await lagging()
    const csv = ['Medio,Fecha,Titular,URL,Sentimiento,Tema', ...[1, 2, 3].map((i) => `Diario del Sur,0${i}/09/2026,Réplica ${i},https://diariodelsur.com.co/replica/${i},negativo,Réplica`)].join('\n')
    const importOnce = async () => {
      const { work, job } = await queueImport(await reqAs(payload, base.admin), options, 'mentions', { csv })
      await payload.jobs.runByID({ id: job.id, silent: true })
      return onPrimary(async (req) => (await payload.findByID({ collection: 'background-work' as never, id: work.id, depth: 0, req })) as unknown as { status: string; error?: string })
    }
    expect(await importOnce()).toMatchObject({ status: 'done' })
    // The second import's check reads the replica (a plain, periodic-free read: it only sorts rows
    // into new and recorded), sees the rows as new, and its batch meets the unique key. Before the
    // fix the re-check after that refusal read the replica too: the batch again, refused again,
    // and the import failed for good.
    expect(await importOnce()).toMatchObject({ status: 'done' })
    const landed = await onPrimary((req) => payload.count({ collection: 'media-mentions' as never, where: { topic: { equals: 'Réplica' } }, req }))
    expect(landed.totalDocs).toBe(3)
  })

  it("fixity reads each asset on the primary: a file replaced during the lag is not reported missing", async () => {
    const asset = (await payload.create({
      collection: 'archive-assets' as never,
      data: assetData({ title: 'Réplica fija', consent: 'none-identifiable' }) as never,
      file: fileOf(await makeJpeg(300, 200, { seed: 901 }), 'replica-fija.jpg', 'image/jpeg'),
      user: archiveUsers.producer,
      overrideAccess: false,
    })) as unknown as { id: number | string }
    await waitCaughtUp()
    await lagging()
    // A new version of the original: the asset's files change on the primary and in the store.
    await payload.update({
      collection: 'archive-assets' as never,
      id: asset.id,
      data: {} as never,
      file: fileOf(await makeJpeg(320, 200, { seed: 902 }), 'replica-fija-v2.jpg', 'image/jpeg'),
      user: archiveUsers.producer,
      overrideAccess: false,
    })
    await runTask('archiveFixity')
    const stored = await onPrimary(async (req) => (await payload.findByID({ collection: 'archive-assets' as never, id: asset.id, depth: 0, req })) as unknown as { fixity?: { status?: string } })
    expect(stored.fixity?.status).toBe('ok')
    const alerts = await onPrimary((req) => payload.count({ collection: 'alerts', where: { and: [{ kind: { equals: 'archive-fixity' } }, { 'subject.documentId': { equals: String(asset.id) } }] }, req }))
    expect(alerts.totalDocs).toBe(0)
  })

  it("a day's negative-mention spike, raised and resolved during the lag, is not raised again", async () => {
    const csv = ['Medio,Fecha,Titular,URL,Sentimiento,Tema', ...[1, 2, 3, 4].map((i) => `Diario del Sur,15/10/2026,Pico ${i},https://diariodelsur.com.co/pico/${i},negativo,Pico`)].join('\n')
    const { job } = await queueImport(await reqAs(payload, base.admin), options, 'mentions', { csv })
    await payload.jobs.runByID({ id: job.id, silent: true })
    // The replica has the mentions (the counts may come from it); the alerts it will not see.
    await waitCaughtUp()
    await lagging()
    const first = await checkNegativeSpike(await jobReq(), options, '2026-10-15')
    expect(first).toMatchObject({ spike: true, raised: true })
    await payload.update({ collection: 'alerts', id: first.alertId!, data: { status: 'resolved', resolutionNote: 'Atendido' } as never, overrideAccess: true })
    // Before the fix the day's alerts were looked for on the replica: none, and the spike went a second time.
    const second = await checkNegativeSpike(await jobReq(), options, '2026-10-15')
    expect(second).toMatchObject({ spike: true, raised: false, alertId: first.alertId })
    const spikes = await onPrimary((req) => payload.count({ collection: 'alerts', where: { kind: { equals: 'negative-mention-spike' } }, req }))
    expect(spikes.totalDocs).toBe(1)
  })

  it("the month's accessibility figures, measured during the lag, are not measured a second time", async () => {
    await lagging()
    const now = new Date()
    expect(await runAccessibilityStatementFigures(await jobReq(), now)).toMatchObject({ measured: true })
    // Before the fix the statement was read on the replica: not measured this month, a second version.
    expect(await runAccessibilityStatementFigures(await jobReq(), now)).toMatchObject({ measured: false })
  })

  it("an indicator's measurement of a period, written during the lag, is updated by the next run, not failed on its unique key", async () => {
    const indicator = (await payload.create({ collection: 'indicators' as never, data: { ...indicatorSeed[0], code: `RR-${Date.now()}` } as never })) as unknown as { id: number | string }
    // The replica knows the indicator (the list of indicators to measure may come from it).
    await waitCaughtUp()
    await lagging()
    await runTask('pregoneroMeasureIndicators', { period: '2025-04' })
    // Before the fix the measurement was looked for on the replica: none, the insert met the unique
    // key, the re-read missed it again and the job failed.
    await runTask('pregoneroMeasureIndicators', { period: '2025-04' })
    const measured = await onPrimary((req) =>
      payload.count({ collection: 'indicator-measurements' as never, where: { and: [{ indicator: { equals: indicator.id } }, { period: { equals: '2025-04' } }] }, req }),
    )
    expect(measured.totalDocs).toBe(1)
  })

  it('a content measurement finds the piece published during the lag and writes one follow-up however often it runs', async () => {
    await lagging()
    const content = await makeContent(payload, { title: 'Medición atrasada', slug: `medicion-${Date.now()}`, channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    const input = { contentId: String(content.id), publishedAt: new Date().toISOString() }
    // Before the fix the piece was read on the replica: "not found", the job done without a measurement.
    await runTask('pregoneroMeasureContent', input)
    await runTask('pregoneroMeasureContent', input)
    const followUps = await onPrimary((req) =>
      payload.count({ collection: 'follow-ups' as never, where: { key: { equals: `content-measurement|${content.id}|${input.publishedAt}` } }, req }),
    )
    expect(followUps.totalDocs).toBe(1)
  })
})
