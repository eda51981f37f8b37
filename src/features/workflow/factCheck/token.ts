import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * Fact-check links: `<payload>.<signature>`, both base64url.
 * payload = JSON { v: 1, rid: fact-check-request id, jti: random id, exp: expiry in ms since epoch }
 * signature = HMAC-SHA256(payload part) with a key derived (HKDF-SHA256) from the app secret, so the
 * key is used for nothing else. Pure functions: the secret and the clock are arguments.
 */
export type FactCheckClaims = { v: 1; rid: string; jti: string; exp: number }

export type VerifyResult =
  | { ok: true; claims: FactCheckClaims }
  | { ok: false; reason: 'expired'; claims: FactCheckClaims }
  | { ok: false; reason: 'malformed' | 'signature' }

const b64url = (buffer: Buffer): string => buffer.toString('base64url')

/** The signing key for fact-check links, derived from the app secret (PAYLOAD_SECRET). */
export const factCheckKey = (secret: string): Buffer =>
  Buffer.from(hkdfSync('sha256', secret, 'pregonero', 'fact-check-link v1', 32))

/** A fresh random token id (128 bits). */
export const newTokenId = (): string => b64url(randomBytes(16))

export const signFactCheckToken = (key: Buffer, claims: Omit<FactCheckClaims, 'v'>): string => {
  const body = b64url(Buffer.from(JSON.stringify({ v: 1, rid: claims.rid, jti: claims.jti, exp: claims.exp })))
  return `${body}.${b64url(createHmac('sha256', key).update(body).digest())}`
}

/** Checks shape, then signature (constant time), then expiry — in that order. */
export const verifyFactCheckToken = (key: Buffer, token: string, now: number = Date.now()): VerifyResult => {
  if (typeof token !== 'string' || token.length > 1024) return { ok: false, reason: 'malformed' }
  const parts = token.split('.')
  if (parts.length !== 2 || !/^[\w-]+$/.test(parts[0]) || !/^[\w-]+$/.test(parts[1])) return { ok: false, reason: 'malformed' }
  const expected = createHmac('sha256', key).update(parts[0]).digest()
  const given = Buffer.from(parts[1], 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' }
  let claims: FactCheckClaims
  try {
    claims = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as FactCheckClaims
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (claims?.v !== 1 || typeof claims.rid !== 'string' || typeof claims.jti !== 'string' || typeof claims.exp !== 'number') {
    return { ok: false, reason: 'malformed' }
  }
  if (claims.exp <= now) return { ok: false, reason: 'expired', claims }
  return { ok: true, claims }
}
