import { cdnPurgeFromEnv } from './cdnPurge.js'

describe('the CDN purge is chosen by the environment (dev/cdnPurge.ts)', () => {
  it('none by default; purge, cloudflare and webhook give an adapter; a missing setting or an unknown kind is named', () => {
    expect(cdnPurgeFromEnv({})).toBeUndefined()
    expect(typeof cdnPurgeFromEnv({ CDN_PURGE: 'purge' })?.adapter).toBe('function')
    expect(cdnPurgeFromEnv({ CDN_PURGE: 'webhook', CDN_PURGE_URL: 'https://cdn.example/purge', CDN_PURGE_RETRIES: '2' })?.retries).toBe(2)
    expect(() => cdnPurgeFromEnv({ CDN_PURGE: 'cloudflare', CLOUDFLARE_ZONE_ID: 'z' })).toThrow(/CLOUDFLARE_API_TOKEN/)
    expect(() => cdnPurgeFromEnv({ CDN_PURGE: 'webhook' })).toThrow(/CDN_PURGE_URL/)
    expect(() => cdnPurgeFromEnv({ CDN_PURGE: 'akamai' })).toThrow(/akamai/)
  })
})
