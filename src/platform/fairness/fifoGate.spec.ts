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
    const gate = new FifoGate({ capacity: 2, perTurn: 100, maxQueue: 10, maxWaitMs: 5_000 })
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
    const gate = new FifoGate({ capacity: 1, perTurn: 100, maxQueue: 10, maxWaitMs: 5_000 })
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
    const gate = new FifoGate({ capacity: 1, perTurn: 100, maxQueue: 1, maxWaitMs: 60 })
    await gate.enter()
    const waiting = gate.enter()
    expect(await gate.enter()).toEqual({ refused: 'queue-full', waitedMs: 0 })
    const late = await waiting
    expect('refused' in late && late.refused).toBe('timeout')
    expect(late.waitedMs).toBeGreaterThanOrEqual(55)
    // The caller that gave up is no longer in the line.
    expect(gate.stats).toEqual({ inside: 1, waiting: 0 })
  })

  it('lets in at most perTurn callers per turn of the event loop, the others on later turns', async () => {
    const gate = new FifoGate({ capacity: 10, perTurn: 2, maxQueue: 10, maxWaitMs: 5_000 })
    const turns: number[] = []
    let turn = 0
    const ticking = setInterval(() => undefined, 1) // keeps the loop turning
    const counter = () => setImmediate(() => ((turn += 1), turn < 20 && counter()))
    counter()
    const entries = Array.from({ length: 5 }, () => gate.enter().then((t) => (turns.push(turn), t)))
    const tickets = await Promise.all(entries)
    clearInterval(ticking)
    // Two in the first turn, two in the next, the last one a turn later: never more than two per turn.
    const perTurn = new Map<number, number>()
    for (const t of turns) perTurn.set(t, (perTurn.get(t) ?? 0) + 1)
    expect(Math.max(...perTurn.values())).toBe(2)
    expect(new Set(turns).size).toBe(3)
    for (const t of tickets) if ('leave' in t) t.leave()
  })

  it('refuses a capacity or a per-turn budget below 1', () => {
    expect(() => new FifoGate({ capacity: 0, perTurn: 1, maxQueue: 1, maxWaitMs: 1 })).toThrow(/capacity/)
    expect(() => new FifoGate({ capacity: 1, perTurn: 0, maxQueue: 1, maxWaitMs: 1 })).toThrow(/perTurn/)
  })
})
