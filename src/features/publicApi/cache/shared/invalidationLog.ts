import type { CollectionSlug, KVAdapter, KVStoreValue, Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import { hasReadReplicas, readOnPrimaryInBackground } from '../../../../kernel/sql/readOnPrimary.js'

/** How an instance learns about the other instances' writes (`api.publicCache.shared`). */
export type SharedInvalidationSettings = {
  /** How often each instance looks at the log even when nobody reads (ms). */
  pollMs: number
  /**
   * Check the log's generation before serving a cached answer (one key read per batch of
   * concurrent reads). With it, no read that starts after a write returned (on any instance) is
   * served an answer that write invalidated; without it, the bound is `pollMs` plus one round trip.
   */
  checkOnRead: boolean
  /** How long entries stay in the log (ms); an instance that could not read it for half of that drops all its answers. */
  retainMs: number
}

type Entry = { tags: string[]; origin: string; at: number }
type Generation = { nonce: string; at: number }

/** What the log needs from the cache of this instance. */
export type LogTarget = {
  invalidate: (tags: readonly string[]) => Promise<unknown>
  dropAll: () => Promise<void>
}

const pad = (ms: number) => String(ms).padStart(15, '0')

/**
 * Cross-instance invalidation through the database every instance already shares, using only
 * Payload's key-value API (`payload.kv`, the `payload-kv` collection by default: SQLite, Postgres
 * and MongoDB alike, or whatever `kv` adapter the host configured).
 *
 * - A committed write appends an entry `<prefix>inv:<ms>:<origin>:<n>` with its tags, THEN sets
 *   `<prefix>generation` to a fresh random nonce; both before the write's response returns.
 * - An instance reads the generation (one indexed row) on a timer and, with `checkOnRead`, before it
 *   serves a cached answer; when the nonce differs from the last one it processed, it lists the log's
 *   keys, applies the entries it has not applied yet (other instances' only), and remembers that nonce.
 *   Nonces are never reused, so a read of the generation that comes after a write's `set` returned
 *   sees a nonce this instance has not processed unless it already processed one written later —
 *   and an entry is always in the log before its nonce is.
 * - Concurrent reads share one check, but only a check that STARTED after they arrived (a reader
 *   never relies on a look at the database older than itself).
 * - Entries older than `retainMs` are deleted by whichever instance sees them.
 */
export class InvalidationLog {
  readonly origin = randomUUID()
  private counter = 0
  private lastNonce: null | string = null
  private readonly applied = new Map<string, number>()
  private inFlight: null | Promise<void> = null
  private queued: null | Promise<void> = null
  private lastOk = Date.now()
  private lastPrune = 0
  private timer: NodeJS.Timeout | null = null
  readonly counters = { checks: 0, fetches: 0, applied: 0, published: 0, failures: 0 }

  constructor(
    private readonly kv: KVAdapter,
    private readonly target: LogTarget,
    readonly settings: SharedInvalidationSettings,
    private readonly prefix = 'pregonero-cache:default:',
    /** Lists the keys starting with a prefix, when the kv store can (default: every key, filtered). */
    private readonly keysStartingWith?: (prefix: string) => Promise<string[]>,
  ) {}

  private get generationKey() {
    return `${this.prefix}generation`
  }
  private get entryPrefix() {
    return `${this.prefix}inv:`
  }

  /** Marks what is already in the log as seen (a fresh instance has nothing cached), then polls. */
  async start(): Promise<void> {
    let generation = await this.kv.get<Generation>(this.generationKey)
    if (!generation) {
      // Created once, so later writes only update it (two first inserts racing: one wins, fine).
      await this.kv.set(this.generationKey, { nonce: randomUUID(), at: Date.now() } satisfies Generation as KVStoreValue).catch(() => undefined)
      generation = await this.kv.get<Generation>(this.generationKey)
    }
    this.lastNonce = generation?.nonce ?? null
    for (const key of await this.entryKeys()) this.applied.set(key, Date.now())
    this.lastOk = Date.now()
    this.timer = setInterval(() => void this.check().catch(() => undefined), this.settings.pollMs)
    this.timer.unref?.()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Appends a committed write's tags, then moves the generation. Awaited before the write's response. */
  async publish(tags: readonly string[]): Promise<void> {
    if (!tags.length) return
    const at = Date.now()
    const key = `${this.entryPrefix}${pad(at)}:${this.origin}:${++this.counter}`
    this.applied.set(key, at)
    // A busy database (another instance writing) gets a few tries: the write has committed, and the
    // other instances only learn of it here.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.kv.set(key, { tags: [...tags], origin: this.origin, at } satisfies Entry as KVStoreValue)
        await this.kv.set(this.generationKey, { nonce: randomUUID(), at: Date.now() } satisfies Generation as KVStoreValue)
        break
      } catch (error) {
        if (attempt >= 12) throw error
        await new Promise((resolve) => setTimeout(resolve, Math.min(200, 20 * attempt)))
      }
    }
    this.counters.published++
  }

  /**
   * Resolves once a look at the log that started after this call has been applied. On failure (the
   * database did not answer) this instance drops every answer it holds: it cannot tell which are stale.
   */
  check(): Promise<void> {
    if (this.queued) return this.queued
    // The look starts one turn later (and after the running one, if any): every request the
    // server accepts meanwhile joins it. With SQLite a look completes within the turn that starts
    // it, so without the wait each request would pay for a look of its own.
    const previous = this.inFlight ? this.inFlight.catch(() => undefined) : Promise.resolve()
    const next = previous
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(() => {
        this.queued = null
        const look = this.refresh()
        this.inFlight = look
        return look.finally(() => {
          if (this.inFlight === look) this.inFlight = null
        })
      })
    this.queued = next
    return next
  }

  private async entryKeys(): Promise<string[]> {
    const keys = this.keysStartingWith ? await this.keysStartingWith(this.entryPrefix) : await this.kv.keys()
    return keys.filter((key) => key.startsWith(this.entryPrefix))
  }

  private async refresh(): Promise<void> {
    this.counters.checks++
    try {
      if (Date.now() - this.lastOk > this.settings.retainMs / 2) {
        // Entries this instance never saw may already be gone: nothing it holds can be trusted.
        await this.target.dropAll()
        this.lastNonce = null
      }
      const generation = await this.kv.get<Generation>(this.generationKey)
      const nonce = generation?.nonce ?? null
      if (nonce !== this.lastNonce) {
        this.counters.fetches++
        const keys = await this.entryKeys()
        const fresh = keys.filter((key) => !this.applied.has(key))
        const tags = new Set<string>()
        for (const key of fresh) {
          const entry = await this.kv.get<Entry>(key)
          this.applied.set(key, entry?.at ?? Date.now())
          if (entry && entry.origin !== this.origin) for (const tag of entry.tags) tags.add(tag)
        }
        if (tags.size) {
          this.counters.applied++
          await this.target.invalidate([...tags])
        }
        this.lastNonce = nonce
        await this.prune(keys)
      }
      this.lastOk = Date.now()
    } catch (error) {
      this.counters.failures++
      await this.target.dropAll()
      throw error
    }
  }

  /** Deletes entries older than `retainMs` (at most every few seconds, by whichever instance is here). */
  private async prune(keys: string[]): Promise<void> {
    const now = Date.now()
    for (const [key, at] of this.applied) if (at < now - 2 * this.settings.retainMs) this.applied.delete(key)
    if (now - this.lastPrune < 5_000) return
    this.lastPrune = now
    for (const key of keys) {
      const at = Number(key.slice(this.entryPrefix.length).split(':')[0])
      if (at < now - this.settings.retainMs) await this.kv.delete(key).catch(() => undefined)
    }
  }
}

/** The `payload-kv` collection when the kv store is Payload's database adapter, else null. */
const kvCollectionOf = (payload: Payload): CollectionSlug | null => {
  const slug = (payload.kv as { collectionSlug?: unknown }).collectionSlug
  return typeof slug === 'string' && payload.collections[slug as never] ? (slug as CollectionSlug) : null
}

/**
 * The kv store as the log reads it: with Payload's database adapter on read replicas, its reads
 * go to the primary. Payload's adapter reads outside any transaction, so a replica would answer:
 * an instance would see the generation before another instance's write and keep serving the
 * answers that write invalidated for as long as the replica lags (the very guarantee of the log).
 */
export const logStoreOf = (payload: Payload): KVAdapter => {
  const slug = kvCollectionOf(payload)
  if (!slug || !hasReadReplicas(payload)) return payload.kv
  const kv = payload.kv
  return Object.assign(Object.create(kv) as KVAdapter, {
    get: async <T extends KVStoreValue>(key: string): Promise<null | T> => {
      const doc = await readOnPrimaryInBackground(payload, (req) =>
        payload.db.findOne({ collection: slug, select: { data: true, key: true }, where: { key: { equals: key } }, req }),
      )
      return doc ? ((doc as { data?: unknown }).data as T) : null
    },
  })
}

/** The log of this instance, on the app's kv store (`logStoreOf`), listing only its own keys where it can. */
export const createInvalidationLog = (payload: Payload, target: LogTarget, settings: SharedInvalidationSettings, prefix: string): InvalidationLog =>
  new InvalidationLog(logStoreOf(payload), target, settings, prefix, databaseKeyLister(payload))

/**
 * With Payload's default (database) kv adapter, only the log's own rows are listed — a query on the
 * `payload-kv` collection by key — instead of every key of the store (which other features fill,
 * e.g. rate-limit counters). Other kv adapters list every key.
 */
export const databaseKeyLister = (payload: Payload): ((prefix: string) => Promise<string[]>) | undefined => {
  const slug = kvCollectionOf(payload)
  if (!slug) return undefined
  return async (prefix) => {
    // As Payload's own kv adapter (no hooks), on the primary when there are replicas (logStoreOf).
    const found = await readOnPrimaryInBackground(payload, (req) =>
      payload.db.find({ collection: slug, where: { key: { like: prefix } }, limit: 0, pagination: false, select: { key: true }, req: req ?? ({} as PayloadRequest) }),
    )
    return found.docs.map((doc) => String((doc as { key?: unknown }).key))
  }
}
