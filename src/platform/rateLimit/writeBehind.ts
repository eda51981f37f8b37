import type { RateLimitResult } from './store.js'

/** Adds `points` to the shared counter of `key` and answers its total in the window and the time left. */
export type AddPoints = (key: string, points: number, max: number, windowMs: number) => Promise<{ total: number; msBeforeNext: number }>

type Counter = {
  key: string
  max: number
  windowMs: number
  /** The shared total at the last exchange with the database. */
  shared: number
  /** This process's hits since then. */
  pending: number
  resetAt: number
  /** Whether `shared` was learnt in the current window. */
  known: boolean
}

/**
 * Large budgets (the anonymous reads: hundreds a minute per address) counted in this process and
 * added to the shared counter in ONE statement per key every `flushMs`, instead of one write per
 * hit. Measured (tests/load/README.md): with a write per hit, the SQLite commits of the counters
 * took three quarters of the server's time under a crowd of cached reads.
 *
 * The first hit of a key in its window is written at once and learns the shared total; the next ones
 * are decided on what this process knows: that total at its last flush plus its own hits since. So
 * across instances a key can go past its budget by what the OTHER instances allowed since this
 * one's last flush (about `flushMs` of their traffic); within one instance it never does. If
 * the database refuses a flush, the points stay counted here (the gate never opens for want of a
 * counter) and the next flush carries them.
 */
export const writeBehindCounter = (add: AddPoints, { flushMs }: { flushMs: number }) => {
  const counters = new Map<string, Counter>()
  const dirty = new Set<Counter>()
  let timer: NodeJS.Timeout | null = null
  let flushing: Promise<void> = Promise.resolve()

  const flushOne = async (counter: Counter) => {
    const points = counter.pending
    if (points === 0) return
    counter.pending = 0
    try {
      const { total, msBeforeNext } = await add(counter.key, points, counter.max, counter.windowMs)
      counter.shared = total
      if (msBeforeNext > 0) counter.resetAt = Date.now() + msBeforeNext
    } catch {
      counter.pending += points
      dirty.add(counter)
    }
  }

  const flush = (): Promise<void> => {
    timer = null
    const batch = [...dirty]
    dirty.clear()
    flushing = flushing.then(async () => {
      for (const counter of batch) await flushOne(counter)
      if (dirty.size && !timer) timer = setTimeout(flush, flushMs).unref()
    })
    return flushing
  }

  const prune = (now: number) => {
    for (const [id, counter] of counters) if (counter.resetAt <= now && counter.pending === 0) counters.delete(id)
  }

  /** A key seen for the first time in its window: one exact hit learns the shared total. */
  const learn = async (counter: Counter, now: number): Promise<RateLimitResult> => {
    let answer: Awaited<ReturnType<AddPoints>>
    try {
      answer = await add(counter.key, 1, counter.max, counter.windowMs)
    } catch {
      // The database refused: count here, the next flush carries it.
      counter.known = true
      counter.pending++
      dirty.add(counter)
      timer ??= setTimeout(flush, flushMs).unref()
      const used = counter.shared + counter.pending
      return { allowed: used <= counter.max, remaining: Math.max(0, counter.max - used), retryAfterMs: Math.max(0, counter.resetAt - now) }
    }
    const { total, msBeforeNext } = answer
    counter.shared = Math.max(counter.shared, total)
    counter.resetAt = msBeforeNext > 0 ? Date.now() + msBeforeNext : now + counter.windowMs
    counter.known = true
    const allowed = total <= counter.max
    return { allowed, remaining: Math.max(0, counter.max - total), retryAfterMs: Math.max(0, counter.resetAt - now) }
  }

  return {
    hit: async (key: string, max: number, windowMs: number, now = Date.now()): Promise<RateLimitResult> => {
      const id = `${max}:${windowMs}:${key}`
      let counter = counters.get(id)
      if (!counter) {
        if (counters.size >= 100_000) prune(now)
        counter = { key, max, windowMs, shared: 0, pending: 0, resetAt: now + windowMs, known: false }
        counters.set(id, counter)
      } else if (counter.resetAt <= now && counter.pending === 0) {
        // The window is over: the next hit restarts it in the shared counter and learns its total.
        counter.shared = 0
        counter.known = false
      }
      if (!counter.known) return learn(counter, now)
      const used = counter.shared + counter.pending
      if (used >= max) return { allowed: false, remaining: 0, retryAfterMs: Math.max(0, counter.resetAt - now) }
      counter.pending++
      dirty.add(counter)
      timer ??= setTimeout(flush, flushMs).unref()
      return { allowed: true, remaining: Math.max(0, max - used - 1), retryAfterMs: Math.max(0, counter.resetAt - now) }
    },
    /** Writes what is pending now (tests; a process about to end). */
    flush: () => {
      if (timer) clearTimeout(timer)
      return flush()
    },
    reset: () => {
      if (timer) clearTimeout(timer)
      timer = null
      counters.clear()
      dirty.clear()
    },
  }
}
