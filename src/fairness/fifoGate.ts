/** What a caller gets back from `enter`: call `leave` exactly once when its work is done. */
export type Ticket = { leave: () => void; waitedMs: number }

/** Why a caller was turned away instead of being let in. */
export type Refusal = { refused: 'queue-full' | 'timeout'; waitedMs: number }

/**
 * A first-come-first-served gate: at most `capacity` callers inside, the rest wait in arrival
 * order, at most `maxQueue` of them and each at most `maxWaitMs`. Turning callers away (instead of
 * letting a backlog grow without bound) is what keeps latency bounded under a flood.
 * A second `leave` of the same ticket is ignored, so a caller cannot free a place twice.
 */
export class FifoGate {
  private inside = 0
  private readonly waiting: Array<{ admit: () => void }> = []

  constructor(
    readonly capacity: number,
    readonly maxQueue: number,
    readonly maxWaitMs: number,
  ) {
    if (!(capacity >= 1)) throw new Error(`FifoGate: capacity must be at least 1 (got ${capacity})`)
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
          this.release()
        },
      }
    }
    if (this.inside < this.capacity && this.waiting.length === 0) {
      this.inside++
      return Promise.resolve(ticket())
    }
    if (this.waiting.length >= this.maxQueue) return Promise.resolve({ refused: 'queue-full', waitedMs: 0 })
    return new Promise((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(timer)
          resolve(ticket())
        },
      }
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(entry)
        if (at >= 0) this.waiting.splice(at, 1)
        resolve({ refused: 'timeout', waitedMs: performance.now() - started })
      }, this.maxWaitMs)
      this.waiting.push(entry)
    })
  }

  private release() {
    const next = this.waiting.shift()
    // The place passes straight to the next in line (`inside` unchanged), so nobody can jump it.
    if (next) next.admit()
    else this.inside--
  }
}
