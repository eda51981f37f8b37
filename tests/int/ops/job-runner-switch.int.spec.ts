import type { Payload } from 'payload'

import { jest } from '@jest/globals'
import { getPayload } from 'payload'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'

jest.setTimeout(120_000)

type Job = { taskSlug: string; meta?: { scheduled?: boolean } | null; waitUntil?: string }

/** The tick of this instance's job runner: what it does with PREGONERO_DISABLE_JOBS off (the default in production). */
describe('the job runner of an instance', () => {
  let app: Booted
  let payload: Payload

  beforeAll(async () => {
    app = await bootPayload({ PREGONERO_DISABLE_JOBS: 'false' })
    payload = app.payload
    // The crons start with the first getPayload({ cron: true }), as the app's routes call it.
    await getPayload({ config: payload.config, cron: true })
    expect(payload.crons.length).toBeGreaterThan(0)
  }, 120_000)
  afterAll(() => app.close())

  const tick = () => Promise.all((payload.crons as unknown as Array<{ trigger: () => Promise<void> }>).map((cron) => cron.trigger()))
  const jobs = async () =>
    (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Job[]

  it('queues each scheduled task once, for its next time, however many ticks pass', async () => {
    const scheduled = (payload.config.jobs.tasks ?? []).filter((task) => task.schedule?.length).map((task) => task.slug)
    expect(scheduled.length).toBeGreaterThan(10)
    await tick()
    await tick()
    const queued = await jobs()
    expect(queued.map((job) => job.taskSlug).sort()).toEqual([...scheduled].sort())
    for (const job of queued) {
      expect(job.meta?.scheduled).toBe(true)
      expect(new Date(job.waitUntil!).getTime()).toBeGreaterThan(Date.now())
    }
  })

  it('with PREGONERO_DISABLE_JOBS=true a tick neither queues nor runs anything (a dedicated runner does)', async () => {
    await payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
    process.env.PREGONERO_DISABLE_JOBS = 'true'
    try {
      // The switch is read when the config is built (scheduling) and on every tick (running):
      // this instance's config was built with it off, so only the running half applies here;
      // the scheduling half is bootPayload's default, proven by every countJobs() in tests/int/comms.
      await payload.jobs.queue({ task: 'pregoneroRecoverNotifications' as never, queue: 'pregonero', input: {} as never, waitUntil: new Date(Date.now() - 1000) })
      await tick()
      const left = await jobs()
      expect(left.filter((job) => job.taskSlug === 'pregoneroRecoverNotifications' && !job.meta?.scheduled)).toHaveLength(1)
    } finally {
      process.env.PREGONERO_DISABLE_JOBS = 'false'
    }
  })
})
