/**
 * Jobs across instances (src/platform/jobs/): atomic claims, leases, jobs of dead runners taken
 * back, and the SIGTERM hand-back. The reference app on SQLite with a real SMTP server; the jobs are
 * real notification jobs (each sends one mail, so "ran twice" is a second mail). The PostgreSQL fast
 * path is proven by tests/e2e/multi-instance.e2e.spec.ts (three instances on one PostgreSQL).
 */
import type { Payload, Where } from 'payload'

import { claimJobs, type UpdateJobsArgs } from '../../../src/platform/jobs/claim.js'
import { jobRunnerState, reapExpiredJobs, releaseHeldJobs, renewLeases } from '../../../src/platform/jobs/install.js'
import { installGracefulShutdown } from '../../../src/platform/shutdown/gracefulShutdown.js'
import { bootPayload, type Booted, testDatabase } from '../../helpers/bootPayload.js'
import { startSmtpServer } from '../../helpers/smtpServer.js'

const QUEUE = 'pregonero'
const JOBS = 'payload-jobs' as 'users'
const LEASE_SECONDS = 2
let app: Booted
let payload: Payload
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
let serial = 0

/** Queues one real notification job (one mail to `to`). */
const queueMail = async (to: string) => {
  const key = `multi-${++serial}-${to}`
  const job = await payload.jobs.queue({
    task: 'pregoneroSendNotification' as never,
    queue: QUEUE,
    input: { key, event: 'content-published', to, subject: `Aviso ${key}`, html: `<p>${key}</p>`, text: key, messageId: `<${key}@pasto.test>`, docCollection: 'contents', docId: '1' } as never,
  })
  return (job as unknown as { id: number | string }).id
}

/** The claim Payload's runJobs makes (payload/dist/queues/operations/runJobs/index.js). */
const claimArgs = (limit: number): UpdateJobsArgs => ({
  data: { processing: true },
  limit,
  returning: true,
  sort: 'createdAt',
  where: {
    and: [
      { completedAt: { exists: false } },
      { hasError: { not_equals: true } },
      { processing: { equals: false } },
      { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: new Date().toISOString() } }] },
      { queue: { equals: QUEUE } },
    ],
  } as Where,
})

const mailsTo = (to: string) => smtp.messages.filter((mail) => mail.to.includes(to)).length
const jobRow = async (id: number | string) =>
  (await payload.db.findOne({ collection: JOBS, where: { id: { equals: id } } })) as null | { processing?: boolean; updatedAt?: string }
/** What a runner that died mid-job leaves: the job `processing`, untouched since `agoMs`. */
const leftByDeadRunner = async (id: number | string, agoMs: number) => {
  await payload.db.updateOne({ collection: JOBS, where: { id: { equals: id } }, data: { processing: true, updatedAt: new Date(Date.now() - agoMs).toISOString() } })
}

beforeAll(async () => {
  smtp = await startSmtpServer()
  app = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), PREGONERO_JOB_LEASE_SECONDS: String(LEASE_SECONDS) })
  payload = app.payload
}, 120_000)
afterAll(async () => {
  await app?.close()
  await smtp?.stop()
})

const freeAll = async (ids: Iterable<string>) =>
  payload.db.updateMany({ collection: JOBS, where: { id: { in: [...ids] } }, data: { processing: false } })

describe.each([
  ['the neutral compare-and-set', false],
  [testDatabase() === 'postgres' ? "PostgreSQL's FOR UPDATE SKIP LOCKED" : 'the fast path (neutral on SQLite)', true],
])('two runners racing for the same jobs never take one twice: %s', (_name, fastPath) => {
  it('one claims between the other one\'s search and its claim: the sets are disjoint and cover the queue', async () => {
    const ids = new Set<string>()
    for (let i = 0; i < 12; i++) ids.add(String(await queueMail(`race-${fastPath}-${i}@pasto.test`)))
    let second: Array<{ id: number | string }> = []
    const first = await claimJobs(payload, claimArgs(8), { fastPath, afterFind: async () => void (second = await claimJobs(payload, claimArgs(8), { fastPath })) })
    const a = first.map((job) => String(job.id))
    const b = second.map((job) => String(job.id))
    expect(b).toHaveLength(8)
    expect(a).toHaveLength(4) // only what B left
    expect(a.filter((id) => b.includes(id))).toEqual([])
    expect(new Set([...a, ...b])).toEqual(ids)
    // Returned whole, as Payload's runner needs them (its input, its log).
    expect((first[0] as { input?: { to?: string } }).input?.to).toMatch(/@pasto\.test$/)
    await freeAll(ids)
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
    for (let i = 0; i < 12; i++) expect(mailsTo(`race-${fastPath}-${i}@pasto.test`)).toBe(1)
  })

  it('five runners at once (their own connections on PostgreSQL) take each job once', async () => {
    const ids = new Set<string>()
    for (let i = 0; i < 20; i++) ids.add(String(await queueMail(`crowd-${fastPath}-${i}@pasto.test`)))
    const batches = await Promise.all(Array.from({ length: 5 }, () => claimJobs(payload, claimArgs(6), { fastPath })))
    const taken = batches.flat().map((job) => String(job.id))
    expect(taken.length).toBe(new Set(taken).size) // none twice
    expect(taken.length).toBeGreaterThan(0)
    await freeAll(ids)
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
  })
})

it("four runners claiming at once as Payload's runJobs does (each in its own claim transaction) take each job once", async () => {
  // Payload 3.90's own claim (@payloadcms/drizzle dist/updateJobs.js: SELECT, then UPDATE by id with
  // no re-check) gave each of four such runners the SAME ten jobs on PostgreSQL.
  const ids = new Set<string>()
  for (let i = 0; i < 40; i++) ids.add(String(await queueMail(`four-${i}@pasto.test`)))
  const db = payload.db as unknown as { updateJobs: (args: UpdateJobsArgs) => Promise<Array<{ id: number | string }>> }
  const runner = async () => {
    const req = { transactionID: (await payload.db.beginTransaction()) ?? undefined }
    const docs = await db.updateJobs({ ...claimArgs(10), data: { processing: true, updatedAt: new Date().toISOString() }, req })
    if (req.transactionID) await payload.db.commitTransaction(req.transactionID as never)
    return docs.map((doc) => String(doc.id))
  }
  const taken = (await Promise.all([runner(), runner(), runner(), runner()])).flat()
  expect(taken.length).toBeGreaterThan(0)
  expect(taken.length).toBe(new Set(taken).size)
  const state = jobRunnerState(payload)!
  for (const id of [...state.held]) state.held.delete(id)
  await freeAll(ids)
  await payload.jobs.run({ queue: QUEUE, limit: 50 })
  for (let i = 0; i < 40; i++) expect(mailsTo(`four-${i}@pasto.test`)).toBe(1)
})

it("runners started together send every queued mail exactly once (Payload's runner through the claim)", async () => {
  for (let i = 0; i < 30; i++) await queueMail(`together-${i}@pasto.test`)
  await Promise.all([1, 2, 3].map(() => payload.jobs.run({ queue: QUEUE, limit: 7 })))
  while ((await payload.count({ collection: JOBS, where: { queue: { equals: QUEUE } }, overrideAccess: true })).totalDocs > 0) {
    await payload.jobs.run({ queue: QUEUE, limit: 50 })
  }
  for (let i = 0; i < 30; i++) expect(mailsTo(`together-${i}@pasto.test`)).toBe(1)
})

it('a job left processing by a dead runner is taken back after its lease and run once; a live one is not', async () => {
  const dead = await queueMail('dead-runner@pasto.test')
  const alive = await queueMail('live-runner@pasto.test')
  await leftByDeadRunner(dead, LEASE_SECONDS * 1000 + 1000)
  await leftByDeadRunner(alive, 0) // its runner renews it: within the lease
  jobRunnerState(payload)!.lastReap = 0
  await payload.jobs.run({ queue: QUEUE, limit: 50 })
  expect(mailsTo('dead-runner@pasto.test')).toBe(1)
  expect(mailsTo('live-runner@pasto.test')).toBe(0)
  expect((await jobRow(alive))?.processing).toBe(true)
  await payload.db.deleteOne({ collection: JOBS, where: { id: { equals: alive } } })
})

it("a runner's leases are renewed while its jobs run: another instance's reaper leaves them alone", async () => {
  const id = await queueMail('long-job@pasto.test')
  const state = jobRunnerState(payload)!
  const claimed = await (payload.db as unknown as { updateJobs: (args: UpdateJobsArgs) => Promise<Array<{ id: number | string }>> }).updateJobs(claimArgs(1))
  expect(claimed.map((job) => String(job.id))).toEqual([String(id)])
  expect(state.held.has(claimed[0]!.id)).toBe(true)
  const otherInstance = { held: new Set<number | string>(), stopping: false, leaseMs: LEASE_SECONDS * 1000, lastReap: 0 }
  await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 1200))
  expect(await reapExpiredJobs(payload, otherInstance)).toEqual([])
  expect((await jobRow(id))?.processing).toBe(true)
  // Without renewals (the runner died) the same reaper takes it back once.
  clearInterval(state.heartbeat)
  state.heartbeat = undefined
  await new Promise((resolve) => setTimeout(resolve, LEASE_SECONDS * 1000 + 500))
  const [once, twice] = await Promise.all([reapExpiredJobs(payload, otherInstance), reapExpiredJobs(payload, { ...otherInstance, held: new Set() })])
  expect([...once!, ...twice!].map(String)).toEqual([String(id)])
  state.held.delete(claimed[0]!.id)
  expect(await renewLeases(payload, state)).toBe(0)
  await payload.jobs.run({ queue: QUEUE, limit: 50 })
  expect(mailsTo('long-job@pasto.test')).toBe(1)
})

it('runByID does not run a job another runner holds', async () => {
  const id = await queueMail('by-id@pasto.test')
  await leftByDeadRunner(id, 0) // held by a live runner elsewhere
  await payload.jobs.runByID({ id })
  expect(mailsTo('by-id@pasto.test')).toBe(0)
  await payload.db.updateOne({ collection: JOBS, where: { id: { equals: id } }, data: { processing: false } })
  await payload.jobs.runByID({ id })
  expect(mailsTo('by-id@pasto.test')).toBe(1)
})

it('on SIGTERM the instance stops taking jobs and hands back the ones it still holds', async () => {
  const held = await queueMail('held-at-shutdown@pasto.test')
  const waiting = await queueMail('after-shutdown@pasto.test')
  const claimed = await (payload.db as unknown as { updateJobs: (args: UpdateJobsArgs) => Promise<Array<{ id: number | string }>> }).updateJobs(claimArgs(1))
  expect(claimed.map((job) => String(job.id))).toEqual([String(held)])
  const exits: number[] = []
  const handle = installGracefulShutdown({ payload, exit: (code) => exits.push(code), graceMs: 200 })
  try {
    await handle.shutdown('SIGTERM')
  } finally {
    handle.uninstall()
  }
  expect(exits).toEqual([143])
  // Handed back at once: claimable by another instance now, not after the lease.
  expect((await jobRow(held))?.processing).toBe(false)
  expect(jobRunnerState(payload)!.held.size).toBe(0)
  // And this instance takes nothing any more.
  await payload.jobs.run({ queue: QUEUE, limit: 50 })
  expect(mailsTo('after-shutdown@pasto.test')).toBe(0)
  expect((await jobRow(waiting))?.processing).toBe(false)
  expect(await releaseHeldJobs(payload)).toBe(0)
})
