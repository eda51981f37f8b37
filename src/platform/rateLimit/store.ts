/** What a store answers for one hit. */
export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterMs: number }

/**
 * Where the rate-limit counters live (plugin option `api.rateLimit.store`). The default,
 * `createMemoryStore()`, keeps fixed windows IN MEMORY, per process: with several app instances
 * behind a load balancer each counts on its own (a client gets up to N× the budget) and a restart
 * forgets everything. A deployment with more than one instance passes a shared store (Redis,
 * MongoDB, …; see README.md in this folder) or rate-limits at the proxy/CDN.
 */
export type RateLimitStore = {
  /**
   * Counts one hit on `key` (e.g. `anon:<ip>`, `login-ip:<ip>`, `login-email:<email>`) in a fixed
   * window of `windowMs` starting at the key's first hit; answers whether the hit is within `max`,
   * how many remain, and how long until the window resets. May be async (a network store).
   */
  hit: (key: string, max: number, windowMs: number, now?: number) => Promise<RateLimitResult> | RateLimitResult
  /** Forgets every counter (tests, or an admin action). Optional for shared stores. */
  reset?: () => Promise<void> | void
}

/** The memory store (a RateLimitStore) answers synchronously. */
export type MemoryRateLimitStore = { hit: (key: string, max: number, windowMs: number, now?: number) => RateLimitResult; reset: () => void }

/** Fixed windows in a Map of this process (pruned of expired windows when it reaches `maxKeys`). */
export const createMemoryStore = (maxKeys = 100_000): MemoryRateLimitStore => {
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

/** The default store: one per process (kept on globalThis so Next.js' module copies share it). */
const globalStore = globalThis as unknown as { __pregoneroRateLimit?: RateLimitStore }
export const processMemoryStore = (): RateLimitStore => (globalStore.__pregoneroRateLimit ??= createMemoryStore())
