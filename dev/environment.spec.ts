import { assertProductionEnvironment, originsFrom, payloadSecret, publicServerURL } from './environment.js'

describe('secrets and allow-lists come from the environment (ASVS 2.10.4, 13.2.1)', () => {
  it('PAYLOAD_SECRET is required in production, used when given, a dev value only outside production', () => {
    expect(() => payloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toMatch(/not-for-production/)
    expect(payloadSecret({ NODE_ENV: 'development' })).toMatch(/not-for-production/)
  })
  it('PAYLOAD_PUBLIC_SERVER_URL is required in production and must be an absolute http(s) URL; both missing are named at once', () => {
    expect(() => publicServerURL({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_PUBLIC_SERVER_URL/)
    expect(() => publicServerURL({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'comunicaciones.pasto.gov.co' })).toThrow(/PAYLOAD_PUBLIC_SERVER_URL.*comunicaciones\.pasto\.gov\.co/)
    expect(() => publicServerURL({ PAYLOAD_PUBLIC_SERVER_URL: 'javascript:alert(1)' })).toThrow(/PAYLOAD_PUBLIC_SERVER_URL/)
    expect(publicServerURL({ NODE_ENV: 'production', PAYLOAD_PUBLIC_SERVER_URL: 'https://comunicaciones.pasto.gov.co/' })).toBe('https://comunicaciones.pasto.gov.co')
    expect(publicServerURL({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeUndefined()
    expect(publicServerURL({ NODE_ENV: 'development' })).toBeUndefined()
    expect(() => assertProductionEnvironment({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET[\s\S]*PAYLOAD_PUBLIC_SERVER_URL/)
    expect(() => assertProductionEnvironment({ NODE_ENV: 'production', PAYLOAD_SECRET: 's', PAYLOAD_PUBLIC_SERVER_URL: 'https://x.gov.co' })).not.toThrow()
  })
  it('CORS/CSRF origins: the comma-separated list, or the fallback (the server URL)', () => {
    expect(originsFrom(' https://a.gov.co, https://b.gov.co ,', ['x'])).toEqual(['https://a.gov.co', 'https://b.gov.co'])
    expect(originsFrom(undefined, ['http://localhost:3000'])).toEqual(['http://localhost:3000'])
  })
})
