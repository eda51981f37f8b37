/**
 * PostgreSQL read replicas (issue 16, item 1; docs/deploy.md): the reference app on a scratch
 * database of the primary with a REAL streaming replica (scripts/pgReplica.mjs, port 5433) as its
 * `DATABASE_READ_REPLICAS`. The replica's replay is paused to make it lag for as long as a test
 * needs: what a plain read returns then shows which server answered it.
 * Runs in the int-pg lane only (`.pg.int.spec.ts`); fails with the how-to when the replica is absent.
 */
import type { Payload, PayloadRequest } from 'payload'

import { _internal_jobSystemGlobals, _internal_resetJobSystemGlobals } from 'payload'

import { REST_GET } from '@payloadcms/next/routes'

import { createInvalidationLog } from '../../src/features/publicApi/cache/shared/invalidationLog.js'
import { cacheSettingsOf, withPublicCache } from '../../src/features/publicApi/cache/withPublicCache.js'
import { reapExpiredJobs } from '../../src/platform/jobs/install.js'
import { PUBLISH_ON_SCHEDULE, pendingSchedulesOf } from '../../src/features/workflow/scheduling/schedules.js'
import { zonedWallClock } from '../../src/kernel/time/zonedTime.js'
import { bootPayload, type Booted } from '../helpers/bootPayload.js'
import { makeContent, TEST_PASSWORD } from '../helpers/fixtures.js'
import { endLag, onPrimary, pauseReplay, replicaBackends, resumeReplay, startLag, waitCaughtUp } from '../helpers/pgReplica.js'
import { restClient } from '../helpers/rest.js'
import { makeFixtures, type TestUser } from './workflow/fixtures.js'

const DAY = 24 * 60 * 60 * 1000

let app: Booted
let payload: Payload
let f: ReturnType<typeof makeFixtures>
let rest: ReturnType<typeof restClient>
let dep: { id: number | string }
let head: TestUser, editor: TestUser, requester: TestUser
let headToken: string
/** The adapter's read-after-write window (db-postgres: `readReplicasAfterWriteInterval`, 2000 ms by default). */
type Adapter = { readReplicasAfterWriteInterval: number; drizzle: { $replicas?: unknown[] } }
const adapter = () => payload.db as unknown as Adapter

beforeAll(async () => {
  app = await bootPayload({}, { readReplica: true })
  payload = app.payload
  f = makeFixtures(payload)
  rest = restClient(payload.config)
  dep = await f.department()
  head = await f.user(['head'])
  editor = await f.user(['editor'])
  requester = await f.user(['requester'], dep.id)
  headToken = (await payload.login({ collection: 'users', data: { email: head.email, password: TEST_PASSWORD } })).token!
  // The pushed schema and the fixtures reach the replica before any test pauses it.
  await waitCaughtUp()
})
afterEach(async () => {
  if (!payload) return
  await endLag(payload)
  _internal_resetJobSystemGlobals()
})
afterAll(() => app?.close())

/** Runs `run` with a request inside a transaction (the primary, like every hook given `req`). */
const inTransaction = <T>(run: (req: PayloadRequest) => Promise<T>): Promise<T> => onPrimary(payload, run)
const departmentsCoded = async (code: string, req?: PayloadRequest) =>
  (await payload.find({ collection: 'departments', where: { code: { equals: code } }, depth: 0, ...(req ? { req } : {}) })).totalDocs
/** The trail of a document read on the primary. */
const trailOnPrimary = (collection: string, id: number | string) =>
  inTransaction(async (req) =>
    (
      await payload.find({
        collection: 'workflow-events',
        where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
        req,
      })
    ).docs as Array<Record<string, any>>,
  )
/** What a plain read (outside a transaction) sees: the lagging replica once the window is closed. */
const plainFindByID = (collection: 'communication-requests' | 'contents' | 'payload-jobs', id: number | string) =>
  payload.findByID({ collection, id, depth: 0, draft: true, disableErrors: true }) as Promise<null | Record<string, any>>

describe('routing: reads outside a transaction go to the replica', () => {
  it('the app holds its own connections on the replica, which is a hot standby', async () => {
    expect(adapter().drizzle.$replicas).toHaveLength(1)
    const database = new URL(process.env.DATABASE_URI!).pathname.slice(1)
    await payload.find({ collection: 'departments', depth: 0 })
    expect(await replicaBackends(database)).toBeGreaterThan(0)
  })

  it('with the replica lagging, a plain find misses a row written > 2 s ago; within 2 s, in a transaction, and after catching up it sees it', async () => {
    await pauseReplay()
    const code = `RR${Date.now()}`
    await payload.create({ collection: 'departments', data: { code, name: `Réplica ${code}` }, context: { skipWorkflow: true } })
    // Payload's read-after-write window: for 2 s after this process's write, reads go to the primary.
    expect(await departmentsCoded(code)).toBe(1)
    await new Promise((r) => setTimeout(r, 2100))
    // After it, a plain read is the replica's: the row is not there yet.
    expect(await departmentsCoded(code)).toBe(0)
    // A read inside a transaction is the primary's.
    expect(await inTransaction((req) => departmentsCoded(code, req))).toBe(1)
    await resumeReplay()
    await waitCaughtUp()
    expect(await departmentsCoded(code)).toBe(1)
  })
})

// The instance that reads is not the one that wrote (N instances), or the lag outlasts the window:
// the read-after-write window is closed (0 ms), so every read outside a transaction is the replica's.
describe('the workflow with a lagging replica, the write made "elsewhere" (read-after-write window 0)', () => {
  beforeEach(() => startLag(payload))

  it('a request transition made right after the request was written applies, with its trail row', async () => {
    const request = await f.request({ status: 'submitted', department: dep.id, requestedBy: requester.id })
    // The lag is real: a plain read does not find the request at all.
    expect(await plainFindByID('communication-requests', request.id)).toBeNull()
    const accepted = (await payload.update({
      collection: 'communication-requests',
      id: request.id,
      data: { status: 'accepted', assignees: [editor.id] } as never,
      user: head as never,
      overrideAccess: false,
      depth: 0,
    })) as Record<string, any>
    expect(accepted.status).toBe('accepted')
    const transitions = (await trailOnPrimary('communication-requests', request.id)).filter((event) => event.kind === 'transition')
    expect(transitions).toEqual([expect.objectContaining({ from: 'submitted', to: 'accepted', actor: head.id })])
  })

  it('a publication of a piece approved right before applies, with its trail row', async () => {
    const content = await f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id })
    expect(await plainFindByID('contents', content.id)).toBeNull()
    const published = (await payload.update({
      collection: 'contents',
      id: content.id,
      data: { stage: 'published' } as never,
      user: head as never,
      overrideAccess: false,
      depth: 0,
    })) as Record<string, any>
    expect(published.stage).toBe('published')
    const transitions = (await trailOnPrimary('contents', content.id)).filter((event) => event.kind === 'transition')
    expect(transitions).toEqual([expect.objectContaining({ from: 'approved', to: 'published', actor: head.id })])
  })

  it('a scheduled publication queued during the lag is claimed and run once, publishing the piece with its trail row', async () => {
    const content = await f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id })
    // Queued as the scheduler does (schedulePublication), without its endpoint (tested below).
    const at = new Date(Date.now() + 2 * DAY)
    await payload.jobs.queue({ task: PUBLISH_ON_SCHEDULE as never, queue: 'pregonero', input: { content: String(content.id), action: 'publish', scheduledBy: String(head.id), at: at.toISOString() } as never, waitUntil: at })
    // Due now, as far as the job runner's clock goes; run the queue twice: one claim, one publication.
    // Before the fix the claim looked for candidates outside its transaction, on the replica: no job.
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(Date.now() + 3 * DAY)
    await payload.jobs.run({ queue: 'pregonero', limit: 100, sequential: true })
    await payload.jobs.run({ queue: 'pregonero', limit: 100, sequential: true })
    _internal_resetJobSystemGlobals()
    const stage = await inTransaction(async (req) => ((await payload.findByID({ collection: 'contents', id: content.id, depth: 0, draft: true, req })) as Record<string, any>).stage)
    expect(stage).toBe('published')
    const published = (await trailOnPrimary('contents', content.id)).filter((event) => event.to === 'published')
    expect(published).toEqual([expect.objectContaining({ from: 'approved', to: 'published', actor: head.id })])
    expect(await inTransaction((req) => pendingSchedulesOf(payload, content.id, req))).toHaveLength(0)
    // Before the fix the task read the piece on the replica: "not found", job cancelled, critical alert.
    const failures = await inTransaction((req) =>
      payload.count({ collection: 'alerts', where: { and: [{ kind: { equals: 'scheduled-publication-failed' } }, { 'subject.documentId': { equals: String(content.id) } }] }, req }),
    )
    expect(failures.totalDocs).toBe(0)
  })

  it("a dead runner's job, left processing during the lag, is taken back after its lease alone (the reaper looks on the primary)", async () => {
    const job = (await payload.jobs.queue({ task: PUBLISH_ON_SCHEDULE as never, queue: 'reaper-lag', input: { content: '0', action: 'publish', scheduledBy: String(head.id), at: new Date().toISOString() } as never })) as { id: number | string }
    // What a runner that died mid-job leaves: the job processing, untouched for a minute.
    await payload.db.updateOne({ collection: 'payload-jobs', where: { id: { equals: job.id } }, data: { processing: true, updatedAt: new Date(Date.now() - 60_000).toISOString() } })
    // The replica has not even seen the job queued.
    expect(await plainFindByID('payload-jobs', job.id)).toBeNull()
    const reaped = await reapExpiredJobs(payload, { held: new Set(), stopping: false, leaseMs: 30_000, lastReap: 0 })
    expect(reaped.map(String)).toEqual([String(job.id)])
    const row = await inTransaction((req) => payload.db.findOne({ collection: 'payload-jobs', where: { id: { equals: job.id } }, req }))
    expect((row as { processing?: boolean }).processing).toBe(false)
    await inTransaction((req) => payload.db.deleteOne({ collection: 'payload-jobs', where: { id: { equals: job.id } }, req }))
  })

  it('a schedule made and cancelled during the lag: both answer from the primary (the piece just approved, the job just queued)', async () => {
    // Before the fix the endpoint read the piece outside its transaction, on the replica: 404 here.
    const content = await f.content({ stage: 'approved', createdBy: editor.id, lastEditedBy: editor.id })
    const made = await rest.post(`/contents/${content.id}/schedule`, { at: zonedWallClock(new Date(Date.now() + 2 * DAY), 'America/Bogota') }, { token: headToken })
    expect(made.status).toBe(201)
    const cancelled = await rest.post(`/contents/${content.id}/schedule/${made.json.jobId}/cancel`, {}, { token: headToken })
    expect(cancelled.status).toBe(200)
    expect(cancelled.json).toEqual({ cancelled: made.json.jobId })
    expect(await inTransaction((req) => pendingSchedulesOf(payload, content.id, req))).toHaveLength(0)
  })
})

describe('the public cache with a lagging replica (issue 17 with issue 16: no stale answer kept)', () => {
  it("another instance's write reaches this one through the log, read on the primary while the replica lags", async () => {
    const settings = { pollMs: 600_000, checkOnRead: true, retainMs: 600_000 }
    const prefix = `pregonero-cache:lag-${Date.now()}:`
    const seen: string[][] = []
    const writer = createInvalidationLog(payload, { invalidate: async () => undefined, dropAll: async () => undefined }, settings, prefix)
    const reader = createInvalidationLog(payload, { invalidate: async (tags) => void seen.push([...tags]), dropAll: async () => void seen.push(['*']) }, settings, prefix)
    try {
      await writer.start()
      await reader.start()
      await waitCaughtUp()
      await startLag(payload)
      // The writer's instance committed a change: its entry and the new generation are on the primary only.
      await writer.publish(['doc:contents:1'])
      await reader.check()
      expect(seen).toEqual([['doc:contents:1']])
    } finally {
      writer.stop()
      reader.stop()
    }
  })

  it("an anonymous list read right after a publication, answered by the replica, is served but not kept; after the lag window the fresh answer is", async () => {
    const settings = cacheSettingsOf(payload.config)!
    // DATABASE_READ_REPLICAS is set: the default window (5 s) is on; shortened here to keep the test short.
    expect(settings.replicaLagMs).toBe(5000)
    settings.replicaLagMs = 1500
    const cached = withPublicCache(payload.config, REST_GET(payload.config) as unknown as (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>)
    const slug = `replica-${Date.now()}`
    const read = async () => {
      const res = await cached(new Request(`http://localhost/api/contents?where[slug][equals]=${slug}&depth=0`), { params: Promise.resolve({ slug: ['contents'] }) })
      return { state: res.headers.get('x-pregonero-cache'), docs: ((await res.json()) as { docs: unknown[] }).docs.length }
    }
    expect(await read()).toEqual({ state: 'MISS', docs: 0 })
    adapter().readReplicasAfterWriteInterval = 0
    await pauseReplay()
    // Published on the primary (another instance's write, as far as reads go): the cache drops the list.
    await makeContent(payload, { title: 'Réplica atrasada', slug, channels: ['web'], _status: 'published', stage: 'published', publishedAt: new Date().toISOString() })
    // The replica has not replayed it: the answer is stale, and it must not be kept.
    expect(await read()).toEqual({ state: 'MISS', docs: 0 })
    expect(await read()).toEqual({ state: 'MISS', docs: 0 })
    await resumeReplay()
    await waitCaughtUp()
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect(await read()).toEqual({ state: 'MISS', docs: 1 })
    expect(await read()).toEqual({ state: 'HIT', docs: 1 })
  })
})
