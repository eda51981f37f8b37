import type { AnswerStore, CachedAnswer } from './store.js'

import type { InvalidationLog, SharedInvalidationSettings } from './shared/invalidationLog.js'

import { addHealthDetail } from '../../../kernel/health/details.js'
import { FifoGate } from '../../../platform/fairness/fifoGate.js'

import { createMemoryAnswerStore } from './store.js'
import { collectionOfTag } from './tags.js'

/** The cache's settings as the plugin resolved them (see `ApiOptions['publicCache']`). */
export type PublicCacheSettings = {
  enabled: boolean
  /** Bound of the default memory store, in bytes. */
  maxBytes: number
  /** Longest life of an answer, in seconds (invalidation drops it earlier on any change). */
  ttlSeconds: number
  /** A shared store; default: this process's memory. */
  store?: AnswerStore
  /** Several configs in one process that must not share answers use different namespaces. */
  namespace: string
  /** Answers served from the cache per turn of the event loop (the rest on later turns). */
  hitsPerTurn: number
  /** Several instances: invalidations go through the database's log (`shared/invalidationLog.ts`); null: this process only. */
  shared: null | SharedInvalidationSettings
  /** Cache 404 answers too (a missing slug or id), dropped by the same tags (a creation or publication). */
  cacheNotFound: boolean
  /**
   * With read replicas: for this long after an invalidation, answers that read an invalidated tag
   * are served but not kept (they may have been read from a replica that has not replayed the
   * write yet). 0: no replicas.
   */
  replicaLagMs: number
}

/** When, for one collection, the anonymous read rule changes its mind by the clock alone (epoch ms), or null. */
export type BoundaryProvider = (now: Date) => Promise<null | number>

type Invalidation = { seq: number; tags: Set<string> | 'all' }
type Flight = { startSeq: number; promise: Promise<CachedAnswer | null> }

/**
 * One process's view of the answer cache: the store, plus what keeps it exact under concurrency.
 *
 * A read that misses runs Payload, then stores what it got. A write can land between the two:
 * its invalidation has already run when the read stores its (now stale) answer. So every
 * invalidation gets a sequence number, remembered while reads that started before it are still
 * running, and a read does not store its answer when an invalidation newer than its start shares
 * one of its tags (`store`). Writes invalidate twice — in their hooks, before the transaction
 * commits, and again after the commit (`hooks.ts`) — so a read that ran against the last committed
 * state between the two is dropped or never stored.
 */
export class PublicCache {
  readonly store: AnswerStore
  private seq = 0
  private readonly recent: Invalidation[] = []
  private readonly running = new Map<number, number>()
  private nextFill = 0
  /** When each tag (or 'all') was last invalidated, kept `replicaLagMs` (only with replicas). */
  private readonly invalidatedAt = new Map<string, number>()
  private readonly flights = new Map<string, Flight>()
  private readonly boundaries = new Map<string, { at: null | number; until: number }>()
  readonly providers = new Map<string, BoundaryProvider>()
  /**
   * Hits start at most `hitsPerTurn` per turn of the event loop: a crowd's hits are cheap, but all
   * of them in one turn make it long, and Node.js accepts one new connection per turn — an
   * editor's new connection would wait behind the crowd (tests/load/README.md). No cap on how
   * many are in flight: a hit holds nothing.
   */
  readonly hitGate: FifoGate
  /** Set at init when `shared`: the other instances' writes reach this one through it. */
  log: InvalidationLog | null = null
  /** `frontDoor`: the hits (and 304s) of them answered before Next.js routed the request (frontDoor.ts). */
  readonly counters = { hits: 0, misses: 0, notModified: 0, bypasses: 0, stored: 0, refused: 0, invalidations: 0, dropped: 0, frontDoor: 0 }

  constructor(readonly settings: PublicCacheSettings) {
    this.store = settings.store ?? createMemoryAnswerStore({ maxBytes: settings.maxBytes })
    this.hitGate = new FifoGate({ capacity: 1_000_000, perTurn: Math.max(1, settings.hitsPerTurn), maxQueue: 1_000_000, maxWaitMs: 60_000 })
  }

  get sequence(): number {
    return this.seq
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    if (this.log?.settings.checkOnRead) {
      // A failed look at the log has already dropped everything: this read is a miss.
      await this.log.check().catch(() => undefined)
    }
    const answer = await this.store.get(key)
    return answer && answer.expiresAt > Date.now() ? answer : undefined
  }

  /**
   * Single flight: concurrent misses of one key share one run of Payload, but only while no
   * invalidation happened since that run started (a reader arriving after a write returned never
   * receives an answer computed before it).
   */
  joinable(key: string): Flight['promise'] | undefined {
    const flight = this.flights.get(key)
    return flight && flight.startSeq === this.seq ? flight.promise : undefined
  }

  /** Marks the start of a fill; returns its id and the sequence it started at. */
  begin(key: string, promise?: Flight['promise']): { id: number; startSeq: number; startedAt: number } {
    const id = ++this.nextFill
    this.running.set(id, this.seq)
    if (promise) this.flights.set(key, { startSeq: this.seq, promise })
    return { id, startSeq: this.seq, startedAt: Date.now() }
  }

  /** Whether a fill started at `startedAt` may have read a replica behind one of these tags' last write. */
  private withinReplicaLag(tags: readonly string[], startedAt: number): boolean {
    const lag = this.settings.replicaLagMs
    if (!(lag > 0)) return false
    const near = (at: number | undefined) => at !== undefined && startedAt - at < lag
    return near(this.invalidatedAt.get('all')) || tags.some((tag) => near(this.invalidatedAt.get(tag)))
  }

  private noteInvalidated(tags: readonly string[] | 'all'): void {
    const lag = this.settings.replicaLagMs
    if (!(lag > 0)) return
    const now = Date.now()
    for (const [tag, at] of this.invalidatedAt) if (now - at >= lag) this.invalidatedAt.delete(tag)
    for (const tag of tags === 'all' ? ['all'] : tags) this.invalidatedAt.set(tag, now)
  }

  /** Stores a filled answer unless an invalidation since `startSeq` shares one of its tags. */
  async put(key: string, fill: { startSeq: number; startedAt?: number }, answer: CachedAnswer): Promise<boolean> {
    const stale =
      this.recent.some((inv) => inv.seq > fill.startSeq && (inv.tags === 'all' || answer.tags.some((tag) => (inv.tags as Set<string>).has(tag)))) ||
      this.withinReplicaLag(answer.tags, fill.startedAt ?? Date.now())
    if (stale) {
      this.counters.refused++
      return false
    }
    await this.store.set(key, answer)
    this.counters.stored++
    return true
  }

  end(key: string, fill: { id: number; startSeq: number }, promise?: Flight['promise']): void {
    this.running.delete(fill.id)
    if (promise && this.flights.get(key)?.promise === promise) this.flights.delete(key)
    // Forget invalidations no running fill started before.
    const oldest = Math.min(this.seq, ...this.running.values())
    while (this.recent.length && this.recent[0]!.seq <= oldest) this.recent.shift()
  }

  /** Drops every answer tagged with one of `tags` (and the clock boundaries of their collections). */
  async invalidate(tags: readonly string[]): Promise<string[]> {
    if (!tags.length) return []
    this.seq++
    this.counters.invalidations++
    if (this.running.size) this.recent.push({ seq: this.seq, tags: new Set(tags) })
    this.noteInvalidated(tags)
    for (const tag of tags) {
      const collection = collectionOfTag(tag)
      if (collection) this.boundaries.delete(collection)
    }
    const dropped = await this.store.invalidate(tags)
    this.counters.dropped += dropped.length
    return dropped
  }

  /** Tells the other instances (the database's log) about a committed write; awaited before its response. */
  async publish(tags: readonly string[]): Promise<void> {
    await this.log?.publish(tags)
  }

  /** Drops every answer (this instance could not read the log: it cannot tell which are stale). */
  async dropAll(): Promise<void> {
    this.seq++
    this.counters.invalidations++
    if (this.running.size) this.recent.push({ seq: this.seq, tags: 'all' })
    this.noteInvalidated('all')
    this.boundaries.clear()
    const { entries } = await this.store.stats()
    await this.store.clear()
    this.counters.dropped += entries
  }

  /**
   * When an answer with these tags must stop being served: its TTL, or sooner the next instant a
   * collection it read changes visibility by the clock (a consent or licence ending or starting).
   */
  async expiryFor(tags: Iterable<string>, now = new Date()): Promise<number> {
    let expiry = now.getTime() + this.settings.ttlSeconds * 1000
    const seen = new Set<string>()
    for (const tag of tags) {
      const collection = collectionOfTag(tag)
      if (!collection || seen.has(collection)) continue
      seen.add(collection)
      const provider = this.providers.get(collection)
      if (!provider) continue
      let boundary = this.boundaries.get(collection)
      if (!boundary || boundary.until <= now.getTime()) {
        const at = await provider(now)
        boundary = { at, until: at ?? Number.POSITIVE_INFINITY }
        this.boundaries.set(collection, boundary)
      }
      if (boundary.at !== null) expiry = Math.min(expiry, boundary.at)
    }
    return expiry
  }

  async stats() {
    const { hits, misses, notModified } = this.counters
    const served = hits + notModified
    return {
      ...this.counters,
      hitRate: served + misses ? served / (served + misses) : 0,
      ...(await this.store.stats()),
      ...(this.log ? { log: { ...this.log.counters } } : {}),
    }
  }
}

/** One cache per process and namespace, shared by the route wrappers and the collections' hooks. */
const registry = ((globalThis as { __pregoneroPublicCaches?: Map<string, PublicCache> }).__pregoneroPublicCaches ??= new Map())

export const publicCacheFor = (settings: PublicCacheSettings): PublicCache => {
  let cache = registry.get(settings.namespace)
  if (!cache) {
    const created = new PublicCache(settings)
    registry.set(settings.namespace, (cache = created))
    addHealthDetail(`publicCache.${settings.namespace}`, () => created.stats())
  }
  return cache
}
