import { describe, expect, it } from '@jest/globals'

import { FifoGate } from './fifoGate.js'

const settled = async (promise: Promise<unknown>) => {
  let done = false
  void promise.then(() => (done = true))
  await new Promise((resolve) => setTimeout(resolve, 20))
  return done
}

describe('FifoGate', () => {
  it('lets in at most `capacity` callers and admits the others in arrival order', async () => {
    const gate = new FifoGate(2, 10, 5_000)
    const a = await gate.enter()
    const b = await gate.enter()
    const order: string[] = []
    const c = gate.enter().then((t) => (order.push('c'), t))
    const d = gate.enter().then((t) => (order.push('d'), t))
    expect(await settled(c)).toBe(false)
    expect(gate.stats).toEqual({ inside: 2, waiting: 2 })
    if ('leave' in a) a.leave()
    const ticketC = await c
    expect(order).toEqual(['c'])
    expect(await settled(d)).toBe(false)
    if ('leave' in b) b.leave()
    const ticketD = await d
    expect(order).toEqual(['c', 'd'])
    expect('leave' in ticketD && ticketD.waitedMs).toBeGreaterThan(10)
    for (const t of [ticketC, ticketD]) if ('leave' in t) t.leave()
    expect(gate.stats).toEqual({ inside: 0, waiting: 0 })
  })

  it('frees a place once however many times a ticket is left', async () => {
    const gate = new FifoGate(1, 10, 5_000)
    const a = await gate.enter()
    const b = gate.enter()
    const c = gate.enter()
    if ('leave' in a) {
      a.leave()
      a.leave()
    }
    await b
    expect(await settled(c)).toBe(false)
    expect(gate.stats).toEqual({ inside: 1, waiting: 1 })
  })

  it('turns a caller away when the queue is full, and after waiting maxWaitMs', async () => {
    const gate = new FifoGate(1, 1, 60)
    await gate.enter()
    const waiting = gate.enter()
    expect(await gate.enter()).toEqual({ refused: 'queue-full', waitedMs: 0 })
    const late = await waiting
    expect('refused' in late && late.refused).toBe('timeout')
    expect(late.waitedMs).toBeGreaterThanOrEqual(55)
    // The caller that gave up is no longer in the line.
    expect(gate.stats).toEqual({ inside: 1, waiting: 0 })
  })

  it('refuses a capacity below 1', () => {
    expect(() => new FifoGate(0, 1, 1)).toThrow(/capacity/)
  })
})
