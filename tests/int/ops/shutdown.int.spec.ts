import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { Cron } from 'croner'
import { createLocalReq } from 'payload'

import { withLease } from '../../../src/kernel/jobs/lease.js'
import { installGracefulShutdown } from '../../../src/platform/shutdown/gracefulShutdown.js'
import { bootPayload, type Booted } from '../../helpers/bootPayload.js'

jest.setTimeout(180_000)

/** installGracefulShutdown (issue 16, item 4): job runners stop, held leases claimable at once, exit once. */
describe('graceful shutdown', () => {
  let app: Booted
  let payload: Payload

  beforeAll(async () => {
    app = await bootPayload()
    payload = app.payload
  }, 240_000)
  afterAll(() => app.close())

  it('stops the job crons, releases the job leases this process holds (another runner takes them at once) and exits once with 143', async () => {
    const req = await createLocalReq({}, payload)
    let finish!: () => void
    const blocked = new Promise<void>((resolve) => (finish = resolve))
    let entered!: () => void
    const inside = new Promise<void>((resolve) => (entered = resolve))
    // A job holding its lease for an hour, still running when the signal comes.
    const running = withLease(req, 'ops-test-lease', 3_600_000, async () => {
      entered()
      await blocked
      return 'first'
    })
    await inside
    const other = await createLocalReq({}, payload)
    expect(await withLease(other, 'ops-test-lease', 3_600_000, async () => 'second')).toEqual({ ran: false })

    const cron = new Cron('* * * * *', () => undefined)
    payload.crons.push(cron as never)
    const exits: number[] = []
    const listeners = process.listenerCount('SIGTERM')
    const handle = installGracefulShutdown({ payload, exit: (code) => exits.push(code), graceMs: 1_000 })
    try {
      // Idempotent: a second installation is the first one, with no second listener.
      expect(installGracefulShutdown({ payload, exit: () => exits.push(-1) })).toBe(handle)
      expect(process.listenerCount('SIGTERM')).toBe(listeners + 1)

      await Promise.all([handle.shutdown('SIGTERM'), handle.shutdown('SIGTERM')])
      expect(exits).toEqual([143])
      expect(cron.isStopped()).toBe(true)
      expect(payload.crons).toHaveLength(0)

      const { docs } = await payload.find({ collection: 'job-leases' as 'users', where: { key: { equals: 'ops-test-lease' } }, overrideAccess: true })
      expect((docs[0] as unknown as { lockedUntil?: null | string }).lockedUntil ?? null).toBeNull()
      // Claimable at once by another runner, not in an hour.
      expect(await withLease(other, 'ops-test-lease', 60_000, async () => 'second')).toEqual({ ran: true, value: 'second' })
    } finally {
      handle.uninstall()
      finish()
    }
    expect(await running).toEqual({ ran: true, value: 'first' })
    expect(process.listenerCount('SIGTERM')).toBe(listeners)
  })

  it('with another handler of the signal (Next.js), holds its process.exit until the leases are released', async () => {
    const req = await createLocalReq({}, payload)
    let finish!: () => void
    const blocked = new Promise<void>((resolve) => (finish = resolve))
    let entered!: () => void
    const inside = new Promise<void>((resolve) => (entered = resolve))
    const running = withLease(req, 'ops-test-lease-2', 3_600_000, async () => {
      entered()
      await blocked
    })
    await inside
    const realExit = process.exit
    const order: string[] = []
    const exits: number[] = []
    // Stands in for Next.js's handler, which exits once its server has closed.
    const nextLike = () => void Promise.resolve().then(() => process.exit(143))
    const stillHeld = () => ((globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('pregonero.heldLeases')]?.has('ops-test-lease-2') ?? false)
    process.on('SIGUSR2', nextLike)
    const handle = installGracefulShutdown({ payload, signals: ['SIGUSR2'], exit: (code) => exits.push(code) })
    process.exit = ((code?: number) => void order.push(`exit ${code}, lease held: ${stillHeld()}`)) as typeof process.exit
    try {
      const lease = async () =>
        ((await payload.find({ collection: 'job-leases' as 'users', where: { key: { equals: 'ops-test-lease-2' } }, overrideAccess: true })).docs[0] as unknown as { lockedUntil?: null | string })
          .lockedUntil ?? null
      process.emit('SIGUSR2', 'SIGUSR2')
      await handle.shutdown('SIGUSR2', true)
      order.push(`lease ${await lease()}`)
      // Next's exit came first but ran only once the lease was given back.
      expect(order).toEqual(['exit 143, lease held: false', 'lease null'])
      expect(exits).toEqual([])
    } finally {
      process.off('SIGUSR2', nextLike)
      handle.uninstall()
      process.exit = realExit
      finish()
    }
    await running
  })
})
