/**
 * Fault: a job handler crashes midway. The real `measureContent` task (it writes a
 * `content-measurement` follow-up) runs on a real SQLite database; the crash is injected around
 * it — the handler throws once, either before it writes or right after its write (as when the
 * process dies before the job is marked done). Payload retries the job (retries: 3); the retry
 * completes it and there is exactly one follow-up: no duplicated records.
 */
import type { Payload, TaskConfig } from 'payload'

import { MEASURE_TASK } from '../../../src/features/workflow/collections/Contents/hooks/afterContentChange.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { makeContent } from '../../helpers/fixtures.js'

let app: Booted
let task: TaskConfig
let realHandler: TaskConfig['handler']

beforeAll(async () => {
  app = await bootPayload()
  task = (app.payload.config.jobs.tasks ?? []).find((t) => t.slug === MEASURE_TASK) as TaskConfig
  realHandler = task.handler
})
afterEach(() => {
  task.handler = realHandler
})
afterAll(() => app.close())

const publishedContent = (payload: Payload, title: string) =>
  makeContent(payload, { title, stage: 'published', _status: 'published', publishedAt: new Date().toISOString() })

const measurements = async (payload: Payload, id: number | string) =>
  (
    await payload.count({
      collection: 'follow-ups' as never,
      where: { and: [{ kind: { equals: 'content-measurement' } }, { subjectId: { equals: String(id) } }] },
    })
  ).totalDocs

const runJob = async (payload: Payload, id: number | string) => {
  await payload.jobs.runByID({ id, silent: true })
  // a completed job is deleted (deleteJobOnComplete); one still there has not completed
  const job = (await payload.findByID({ collection: 'payload-jobs' as never, id: id as never, depth: 0, disableErrors: true })) as unknown as null | {
    completedAt?: null | string
    hasError?: boolean
    totalTried?: number
  }
  return { completed: job === null || Boolean(job.completedAt), totalTried: job?.totalTried ?? null, hasError: job?.hasError ?? false }
}

/** Wraps the real handler so that its first run crashes at `when`. */
const crashOnce = (when: 'after-write' | 'before-write') => {
  let crashed = false
  task.handler = (async (args: Parameters<Extract<TaskConfig['handler'], (...a: never[]) => unknown>>[0]) => {
    if (!crashed && when === 'before-write') {
      crashed = true
      throw new Error('simulated crash before the write')
    }
    const result = await (realHandler as (a: typeof args) => Promise<unknown>)(args)
    if (!crashed) {
      crashed = true
      throw new Error('simulated crash after the write, before the job is marked done')
    }
    return result
  }) as TaskConfig['handler']
  return () => crashed
}

it.each(['after-write', 'before-write'] as const)('crash %s: the job is retried and writes exactly one follow-up', async (when) => {
  const content = await publishedContent(app.payload, `Nota ${when}`)
  const job = (await app.payload.jobs.queue({ task: MEASURE_TASK as never, input: { contentId: String(content.id) } as never, queue: 'pregonero' })) as {
    id: number | string
  }
  const crashed = crashOnce(when)

  const first = await runJob(app.payload, job.id)
  expect(crashed()).toBe(true)
  expect(first.completed).toBe(false)
  expect(first.totalTried).toBe(1)
  expect(await measurements(app.payload, content.id)).toBe(when === 'after-write' ? 1 : 0)

  const second = await runJob(app.payload, job.id)
  expect(second.completed).toBe(true)
  expect(await measurements(app.payload, content.id)).toBe(1)

  // running the queue again changes nothing
  await app.payload.jobs.run({ queue: 'pregonero', limit: 50, silent: true })
  expect(await measurements(app.payload, content.id)).toBe(1)
})

it('a later publication queues a later measurement, which is written (idempotency is per job, not per content)', async () => {
  const content = await publishedContent(app.payload, 'Nota republicada')
  for (let i = 0; i < 2; i++) {
    const job = (await app.payload.jobs.queue({ task: MEASURE_TASK as never, input: { contentId: String(content.id) } as never, queue: 'pregonero' })) as {
      id: number | string
    }
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect((await runJob(app.payload, job.id)).completed).toBe(true)
  }
  expect(await measurements(app.payload, content.id)).toBe(2)
})
