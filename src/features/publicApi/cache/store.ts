/** One cached anonymous answer: the bytes, the headers worth replaying, and what it depends on. */
export type CachedAnswer = {
  status: number
  headers: Array<[string, string]>
  body: Uint8Array
  /** The body gzipped, for the front door (frontDoor.ts) to send as Next.js would; counted in the bound. */
  gzipped?: Uint8Array
  etag: string
  /** Dependency tags (`tags.ts`): dropping any of them drops the answer. */
  tags: string[]
  /** Epoch ms after which the answer must not be served (TTL, or a consent/licence ending sooner). */
  expiresAt: number
  storedAt: number
}

/**
 * Where answers live. The default keeps them in this process's memory (`createMemoryAnswerStore`).
 * A deployment with several instances passes a shared store: `invalidate` must reach every
 * instance (e.g. Redis keys plus a pub/sub channel each instance listens to, dropping its own
 * copies), and a `get` after `invalidate` returned must never see the dropped answer.
 */
export type AnswerStore = {
  get: (key: string) => CachedAnswer | Promise<CachedAnswer | undefined> | undefined
  set: (key: string, answer: CachedAnswer) => Promise<void> | void
  /** Drops every answer carrying one of the tags; returns the keys dropped. */
  invalidate: (tags: readonly string[]) => Promise<string[]> | string[]
  clear: () => Promise<void> | void
  stats: () => { entries: number; bytes: number; maxBytes: number }
}

/** Approximate bytes an answer holds in memory: body (and its gzipped copy), key, headers and tags. */
export const sizeOf = (key: string, answer: CachedAnswer): number =>
  answer.body.byteLength +
  (answer.gzipped?.byteLength ?? 0) +
  2 * key.length +
  answer.headers.reduce((sum, [name, value]) => sum + 2 * (name.length + value.length), 0) +
  answer.tags.reduce((sum, tag) => sum + 2 * tag.length + 16, 0) +
  200

/**
 * Memory of one process, bounded by `maxBytes`: least recently used answers are evicted first
 * (a Map keeps insertion order; a hit re-inserts). A tag index finds the answers to drop.
 * An answer larger than a quarter of the bound is not kept.
 */
export const createMemoryAnswerStore = ({ maxBytes }: { maxBytes: number }): AnswerStore => {
  const entries = new Map<string, { answer: CachedAnswer; bytes: number }>()
  const byTag = new Map<string, Set<string>>()
  let bytes = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (!entry) return
    entries.delete(key)
    bytes -= entry.bytes
    for (const tag of entry.answer.tags) {
      const keys = byTag.get(tag)
      keys?.delete(key)
      if (keys && keys.size === 0) byTag.delete(tag)
    }
  }

  return {
    get: (key) => {
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.answer.expiresAt <= Date.now()) {
        remove(key)
        return undefined
      }
      entries.delete(key)
      entries.set(key, entry)
      return entry.answer
    },
    set: (key, answer) => {
      remove(key)
      const size = sizeOf(key, answer)
      if (size > maxBytes / 4) return
      while (bytes + size > maxBytes && entries.size > 0) remove(entries.keys().next().value as string)
      entries.set(key, { answer, bytes: size })
      bytes += size
      for (const tag of answer.tags) {
        let keys = byTag.get(tag)
        if (!keys) byTag.set(tag, (keys = new Set()))
        keys.add(key)
      }
    },
    invalidate: (tags) => {
      const dropped = new Set<string>()
      for (const tag of tags) for (const key of byTag.get(tag) ?? []) dropped.add(key)
      for (const key of dropped) remove(key)
      return [...dropped]
    },
    clear: () => {
      entries.clear()
      byTag.clear()
      bytes = 0
    },
    stats: () => ({ entries: entries.size, bytes, maxBytes }),
  }
}
