/**
 * PostgreSQL read replicas and the background tasks (issue 16: decisions on stale replica data):
 * a job's `req` has no transaction, so its plain reads go to the replica. With the replica paused
 * (scripts/pgReplica.mjs, port 5433) and the read-after-write window closed (the write was made
 * "elsewhere", or the lag outlasts the window), each decision a task takes on "is it there / done
 * already?" must read the primary (`readOnPrimaryIfReplicas`, src/kernel/sql/readOnPrimary.ts).
 * Runs in the int-pg lane only (`.pg.int.spec.ts`).
 */
import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import { runElectionPeriodAlerts } from '../../src/features/compliance/tasks/electionPeriodAlerts.js'
import { raiseAlert } from '../../src/kernel/alerts/raiseAlert.js'
import { withLease } from '../../src/kernel/jobs/lease.js'
import { createWork, runWork } from '../../src/kernel/work/progress.js'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { pauseReplay, resumeReplay, waitCaughtUp } from '../helpers/pgReplica.js'
import { makeFixtures } from './workflow/fixtures.js'

const DAY = 24 * 60 * 60 * 1000

let app: Booted
let payload: Payload
type Adapter = { readReplicasAfterWriteInterval: number }
const adapter = () => payload.db as unknown as Adapter

beforeAll(async () => {
  app = await bootPayload({}, { readReplica: true })
  payload = app.payload
  // The digest needs a head to write to.
  await makeFixtures(payload).user(['head'])
  await waitCaughtUp()
})
afterEach(async () => {
  if (!payload) return
  await resumeReplay()
  await waitCaughtUp()
  adapter().readReplicasAfterWriteInterval = 2000
})
afterAll(() => app?.close())

/** A job's request: no transaction (Payload's runner isolates the handler's `req` from any). */
const jobReq = async () => (await createLocalReq({}, payload)) as PayloadRequest
const onPrimary = async <T>(run: (req: PayloadRequest) => Promise<T>): Promise<T> => {
  const req = await jobReq()
  await initTransaction(req)
  try {
    return await run(req)
  } finally {
    await commitTransaction(req)
  }
}
/** A task's handler as the runner calls it (input and req). */
const runTask = async (slug: string, input: Record<string, unknown> = {}) => {
  const task = (payload.config.jobs.tasks as TaskConfig[]).find((t) => t.slug === slug)!
  const handler = task.handler as unknown as (args: { input: unknown; req: PayloadRequest }) => Promise<{ output: any }>
  return (await handler({ input, req: await jobReq() })).output
}
const lagging = async () => {
  adapter().readReplicasAfterWriteInterval = 0
  await pauseReplay()
}

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

  it('an alert raised during the lag is found open by the next raise: one alert, no failure', async () => {
    await lagging()
    const input = { kind: 'replica-lag', subject: { collection: 'contents', id: `lag-${Date.now()}`, title: 'Réplica' }, message: { key: 'alertConsentPending', vars: { title: 'Réplica' } } }
    const first = await raiseAlert(await jobReq(), input)
    expect(first.created).toBe(true)
    // Before the fix: not on the replica, the unique openKey refused the second, the re-read missed it: thrown.
    const second = await raiseAlert(await jobReq(), input)
    expect(second).toEqual({ alert: expect.objectContaining({ id: first.alert.id }), created: false })
  })

  it("an election period's closing notice, raised and resolved during the lag, is not raised again", async () => {
    const period = await payload.create({
      collection: 'election-periods' as never,
      data: { name: `Atípicas ${Date.now()}`, electionDay: new Date(Date.now() - 3 * DAY).toISOString(), start: new Date(Date.now() - 90 * DAY).toISOString(), end: new Date(Date.now() - 3 * DAY).toISOString() } as never,
      overrideAccess: true,
    })
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
})
