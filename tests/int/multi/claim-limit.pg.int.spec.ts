/**
 * PostgreSQL's claim (src/platform/jobs/claim.ts) takes at most its limit, whatever plan the
 * planner picks. Found by CI: with `WHERE id IN (SELECT … LIMIT n FOR UPDATE SKIP LOCKED)` a claim
 * of one job took two, once autovacuum had analysed `payload_jobs` while it held a single row: the
 * planner then re-runs the subquery for every row of a nested-loop semi join, and each run skips
 * the rows the previous ones locked. Those statistics are made here on purpose.
 * Runs in the int-pg lane only (`.pg.int.spec.ts`).
 */
import type { Payload, Where } from 'payload'

import { claimJobs, postgresPoolOf, type UpdateJobsArgs } from '../../../src/platform/jobs/claim.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'

const QUEUE = 'pregonero'
let app: Booted
let payload: Payload
let serial = 0

beforeAll(async () => {
  app = await bootPayload()
  payload = app.payload
}, 120_000)
afterAll(async () => {
  await app?.close()
})

const queueJob = async () => {
  const key = `limit-${++serial}`
  await payload.jobs.queue({
    task: 'pregoneroSendNotification' as never,
    queue: QUEUE,
    input: { key, event: 'content-published', to: `${key}@pasto.test`, subject: key, html: `<p>${key}</p>`, text: key, messageId: `<${key}@pasto.test>`, docCollection: 'contents', docId: '1' } as never,
  })
}

const claimArgs = (limit: number): UpdateJobsArgs => ({
  data: { processing: true },
  limit,
  returning: true,
  sort: 'createdAt',
  where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }, { processing: { equals: false } }, { queue: { equals: QUEUE } }] } as Where,
})

const query = async <Row,>(text: string) => (await postgresPoolOf(payload)!.query(text)).rows as unknown as Row[]

it('a claim of one job takes one even when the statistics say the queue is a single row', async () => {
  await query('DELETE FROM payload_jobs')
  await queueJob()
  await query('ANALYZE payload_jobs')
  for (let i = 0; i < 5; i++) await queueJob()
  const [{ estimate }] = await query<{ estimate: number }>(`SELECT reltuples::int AS estimate FROM pg_class WHERE relname = 'payload_jobs'`)
  expect(estimate).toBe(1) // the statistics that made the planner re-run the pick

  const claimed = await claimJobs(payload, claimArgs(1))
  expect(claimed).toHaveLength(1)
  const [{ taken }] = await query<{ taken: number }>('SELECT count(*)::int AS taken FROM payload_jobs WHERE processing')
  expect(taken).toBe(1)

  const three = await claimJobs(payload, claimArgs(3))
  expect(three).toHaveLength(3)
  const [{ after }] = await query<{ after: number }>('SELECT count(*)::int AS after FROM payload_jobs WHERE processing')
  expect(after).toBe(4)
})
