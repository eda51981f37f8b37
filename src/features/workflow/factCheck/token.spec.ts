import { factCheckKey, newTokenId, signFactCheckToken, verifyFactCheckToken } from './token.js'

const key = factCheckKey('test-secret')

describe('fact-check link tokens (HMAC-SHA256, derived key)', () => {
  const claims = { rid: '12', jti: newTokenId(), exp: 2_000_000_000_000 }

  it('round-trips, and the key depends on the secret', () => {
    const token = signFactCheckToken(key, claims)
    expect(verifyFactCheckToken(key, token, 1_000)).toEqual({ ok: true, claims: { v: 1, ...claims } })
    expect(verifyFactCheckToken(factCheckKey('other-secret'), token, 1_000)).toEqual({ ok: false, reason: 'signature' })
    expect(factCheckKey('test-secret').equals(Buffer.from('test-secret'))).toBe(false)
  })

  it('refuses any altered byte, malformed shapes, and expired claims', () => {
    const token = signFactCheckToken(key, claims)
    const [body, signature] = token.split('.')
    const tampered = Buffer.from(JSON.stringify({ v: 1, ...claims, rid: '13' })).toString('base64url')
    expect(verifyFactCheckToken(key, `${tampered}.${signature}`, 1_000)).toEqual({ ok: false, reason: 'signature' })
    expect(verifyFactCheckToken(key, `${body}.${signature.slice(0, -2)}AA`, 1_000).ok).toBe(false)
    for (const bad of ['', 'abc', 'a.b.c', `${body}.`, `${body}.${signature}!`]) {
      expect(verifyFactCheckToken(key, bad, 1_000)).toMatchObject({ ok: false })
    }
    expect(verifyFactCheckToken(key, token, claims.exp)).toMatchObject({ ok: false, reason: 'expired' })
    expect(newTokenId()).not.toBe(newTokenId())
  })
})
