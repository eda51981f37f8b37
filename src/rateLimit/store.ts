/**
 * A fixed-window counter kept IN MEMORY, per process. With several app instances behind a load
 * balancer each instance counts on its own (a client gets up to N× the budget): see README.md in
 * this folder for a shared store (Redis INCR+PEXPIRE, or a MongoDB TTL collection).
 */
export type RateLimitStore = {
  /** Counts one hit on `key`; returns whether it is within `max` and when the window resets. */
  hit: (key: string, max: number, windowMs: number, now?: number) => { allowed: boolean; remaining: number; retryAfterMs: number }
  /** Forgets every counter (tests, or an admin action). */
  reset: () => void
}

export const createMemoryStore = (maxKeys = 100_000): RateLimitStore => {
  const windows = new Map<string, { count: number; resetAt: number }>()
  const prune = (now: number) => {
    for (const [key, entry] of windows) if (entry.resetAt <= now) windows.delete(key)
  }
  return {
    hit: (key, max, windowMs, now = Date.now()) => {
      let entry = windows.get(key)
      if (!entry || entry.resetAt <= now) {
        if (windows.size >= maxKeys) prune(now)
        entry = { count: 0, resetAt: now + windowMs }
        windows.set(key, entry)
      }
      entry.count++
      return {
        allowed: entry.count <= max,
        remaining: Math.max(0, max - entry.count),
        retryAfterMs: Math.max(0, entry.resetAt - now),
      }
    },
    reset: () => windows.clear(),
  }
}
