import { describe, expect, it } from '@jest/globals'

import type { CachedAnswer } from './store.js'

import { PublicCache } from './publicCache.js'
import { createMemoryAnswerStore } from './store.js'

const answer = (tags: string[], size = 100, expiresAt = Date.now() + 60_000): CachedAnswer => ({
  status: 200,
  headers: [],
  body: new Uint8Array(size),
  etag: '"x"',
  tags,
  expiresAt,
  storedAt: Date.now(),
})

describe('the memory store', () => {
  it('never holds more than its bound: least recently used answers go first', async () => {
    const store = createMemoryAnswerStore({ maxBytes: 4000 })
    for (let i = 0; i < 10; i++) {
      store.set(`k${i}`, answer([`doc:contents:${i}`], 500))
      if (i >= 1) store.get('k0') // k0 stays recently used
    }
    expect(store.stats().bytes).toBeLessThanOrEqual(4000)
    expect(store.get('k0')).toBeDefined()
    expect(store.get('k1')).toBeUndefined()
  })

  it('drops every answer carrying an invalidated tag, and nothing else; an expired answer is not served', () => {
    const store = createMemoryAnswerStore({ maxBytes: 1e6 })
    store.set('list', answer(['list:contents', 'doc:contents:1']))
    store.set('one', answer(['doc:contents:1']))
    store.set('other', answer(['doc:contents:2']))
    store.set('old', answer(['doc:contents:3'], 10, Date.now() - 1))
    expect([...(store.invalidate(['doc:contents:1']) as string[])].sort()).toEqual(['list', 'one'])
    expect(store.get('other')).toBeDefined()
    expect(store.get('old')).toBeUndefined()
  })
})

describe('a fill that raced an invalidation', () => {
  it('is not stored when an invalidation since its start shares a tag; it is when none does', async () => {
    const cache = new PublicCache({ enabled: true, maxBytes: 1e6, ttlSeconds: 60, namespace: 't', hitsPerTurn: 16, shared: null, cacheNotFound: true, replicaLagMs: 0 })
    const fill = cache.begin('a')
    await cache.invalidate(['doc:contents:1'])
    expect(await cache.put('a', fill, answer(['doc:contents:1']))).toBe(false)
    expect(await cache.put('a', fill, answer(['doc:contents:2']))).toBe(true)
    cache.end('a', fill)
    const later = cache.begin('b')
    expect(await cache.put('b', later, answer(['doc:contents:1']))).toBe(true)
    cache.end('b', later)
  })
})

describe('with read replicas', () => {
  it('an answer that read a tag invalidated less than replicaLagMs before its read started is served, not kept', async () => {
    const cache = new PublicCache({ enabled: true, maxBytes: 1e6, ttlSeconds: 60, namespace: 'replicas', hitsPerTurn: 16, shared: null, cacheNotFound: true, replicaLagMs: 150 })
    await cache.invalidate(['doc:contents:1'])
    // Started AFTER the write returned (no race): a replica may still be behind it.
    const soon = cache.begin('a')
    expect(await cache.put('a', soon, answer(['doc:contents:1']))).toBe(false)
    expect(await cache.put('a', soon, answer(['doc:contents:2']))).toBe(true)
    cache.end('a', soon)
    await cache.dropAll()
    const afterAll = cache.begin('b')
    expect(await cache.put('b', afterAll, answer(['doc:contents:2']))).toBe(false)
    cache.end('b', afterAll)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const later = cache.begin('c')
    expect(await cache.put('c', later, answer(['doc:contents:1']))).toBe(true)
    cache.end('c', later)
  })

  it('without replicas (replicaLagMs 0) an answer read after the write returned is kept at once', async () => {
    const cache = new PublicCache({ enabled: true, maxBytes: 1e6, ttlSeconds: 60, namespace: 'no-replicas', hitsPerTurn: 16, shared: null, cacheNotFound: true, replicaLagMs: 0 })
    await cache.invalidate(['doc:contents:1'])
    const fill = cache.begin('a')
    expect(await cache.put('a', fill, answer(['doc:contents:1']))).toBe(true)
    cache.end('a', fill)
  })
})

describe('expiry by the clock', () => {
  it('an answer expires at the first consent/licence date after its read STARTED, even one already past when it is stored', async () => {
    const cache = new PublicCache({ enabled: true, maxBytes: 1e6, ttlSeconds: 600, namespace: 'clock', hitsPerTurn: 16, shared: null, cacheNotFound: true, replicaLagMs: 0 })
    const started = new Date()
    const ending = started.getTime() + 50
    cache.providers.set('archive-assets', async (now) => (ending > now.getTime() ? ending : null))
    await new Promise((resolve) => setTimeout(resolve, 80)) // the read took longer than the consent had left
    expect(await cache.expiryFor(['doc:archive-assets:1'], started)).toBe(ending)
    // answers that read no clock-bound collection live their TTL
    expect(await cache.expiryFor(['doc:contents:1'], started)).toBe(started.getTime() + 600_000)
  })
})
