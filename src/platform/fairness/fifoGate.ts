/** What a caller gets back from `enter`: call `leave` exactly once when its work is done. */
export type Ticket = { leave: () => void; waitedMs: number }

/** Why a caller was turned away instead of being let in. */
export type Refusal = { refused: 'queue-full' | 'timeout'; waitedMs: number }

export type FifoGateLimits = {
  /** Callers inside at once. */
  capacity: number
  /** Callers let in per turn of the event loop. */
  perTurn: number
  /** Callers waiting at most; more are turned away at once. */
  maxQueue: number
  /** A waiting caller gives up after this long. */
  maxWaitMs: number
}

/**
 * A first-come-first-served gate: at most `capacity` callers inside and at most `perTurn` let in
 * per turn of the event loop; the rest wait in arrival order, at most `maxQueue` of them and each
 * at most `maxWaitMs`. Turning callers away (instead of letting a backlog grow without bound)
 * keeps latency bounded under a flood.
 *
 * Why per turn: Payload's reads on SQLite are synchronous under their promises, so a read never
 * overlaps another and a concurrency cap alone never bites; what a crowd does instead is make each
 * turn of the event loop run every request that arrived, and Node.js (libuv ≥ 1.45) accepts ONE
 * new connection per turn — measured: turns of 0.4–1.1 s, a new connection waiting ≈ 25 s behind
 * 180 others. Letting a few callers in per turn, and the rest on later turns (`setImmediate`),
 * keeps turns short, so sockets are read and connections accepted between them.
 * A second `leave` of the same ticket is ignored, so a caller cannot free a place twice.
 */
export class FifoGate {
  private inside = 0
  private startedThisTurn = 0
  private turn: NodeJS.Immediate | null = null
  private readonly waiting: Array<{ admit: () => void }> = []

  constructor(readonly limits: FifoGateLimits) {
    if (!(limits.capacity >= 1) || !(limits.perTurn >= 1)) throw new Error(`FifoGate: capacity and perTurn must be at least 1 (got ${limits.capacity}, ${limits.perTurn})`)
  }

  get stats() {
    return { inside: this.inside, waiting: this.waiting.length }
  }

  enter(): Promise<Refusal | Ticket> {
    const started = performance.now()
    const ticket = (): Ticket => {
      let left = false
      return {
        waitedMs: performance.now() - started,
        leave: () => {
          if (left) return
          left = true
          this.inside--
          this.nextTurn()
        },
      }
    }
    if (this.waiting.length === 0 && this.canStart()) {
      this.start()
      return Promise.resolve(ticket())
    }
    if (this.waiting.length >= this.limits.maxQueue) return Promise.resolve({ refused: 'queue-full', waitedMs: 0 })
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(timer)
          resolve(ticket())
        },
      }
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(entry)
        if (at < 0) return // already let in
        this.waiting.splice(at, 1)
        resolve({ refused: 'timeout', waitedMs: performance.now() - started })
      }, this.limits.maxWaitMs)
      this.waiting.push(entry)
      this.nextTurn()
    })
  }

  private canStart() {
    return this.inside < this.limits.capacity && this.startedThisTurn < this.limits.perTurn
  }

  private start() {
    this.inside++
    this.startedThisTurn++
    this.nextTurn()
  }

  /** On the event loop's next turn: a fresh per-turn budget, and the next in line let in. */
  private nextTurn() {
    if (this.turn) return
    this.turn = setImmediate(() => {
      this.turn = null
      this.startedThisTurn = 0
      while (this.waiting.length > 0 && this.canStart()) {
        this.start()
        this.waiting.shift()!.admit()
      }
    })
  }
}
