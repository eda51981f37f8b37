import { describe, expect, it } from '@jest/globals'

import { addressOfKey, etagOf, normalisedAddress, notModified, restKey } from './key.js'

describe('cache keys and entity tags', () => {
  it('normalises the address: slashes, escapes, parameter order; the language is part of the key', () => {
    expect(normalisedAddress(new URL('http://x/api//contents/?limit=5&depth=1'))).toBe('/api/contents?depth=1&limit=5')
    expect(normalisedAddress(new URL('http://x/api/pregonero/contents/by-slug/a%2db'))).toBe('/api/pregonero/contents/by-slug/a-b')
    const es = restKey(new Request('http://x/api/contents?b=2&a=1', { headers: { 'Accept-Language': 'es-CO,es;q=0.9' } }), ['es', 'en'])
    const en = restKey(new Request('http://x/api/contents?a=1&b=2', { headers: { 'Accept-Language': 'en-US' } }), ['es', 'en'])
    expect(es).not.toBe(en)
    expect(addressOfKey(es)).toBe('/api/contents?a=1&b=2')
  })

  it('a strong ETag of the bytes; If-None-Match matches it (weakly, in a list, or *)', () => {
    const etag = etagOf(new TextEncoder().encode('hola'))
    expect(etag).toBe(etagOf(new TextEncoder().encode('hola')))
    expect(etag).not.toBe(etagOf(new TextEncoder().encode('hola!')))
    const ask = (value: string) => notModified(new Request('http://x', { headers: { 'If-None-Match': value } }), etag)
    expect([ask(etag), ask(`W/${etag}`), ask(`"otro", ${etag}`), ask('*'), ask('"otro"')]).toEqual([true, true, true, true, false])
  })
})
