import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { clientIP, ipKey } from './clientIP.js'
import { tr } from '../../kernel/i18n/index.js'
import { labelIn } from '../../kernel/admin/stateLabels.js'

export { clientIP, ipKey, normalizeIP, type TrustProxy } from './clientIP.js'
export { installPeerAddress, peerAddressHeader } from './peerAddress.js'
export { createMemoryStore, processMemoryStore, type RateLimitResult, type RateLimitStore } from './store.js'

type Limits = ResolvedApiOptions['rateLimit']

/**
 * Requests already counted against the anonymous budget (a GraphQL query touching 5 collections
 * counts once). Keyed on the request's Headers object: GraphQL resolvers wrap `req` in a new Proxy
 * per field, but they all share the one Headers object of the HTTP request.
 */
const counted = new WeakSet<object>()

/** 429 with `Retry-After` (seconds) and a message in the caller's language; Payload's error handler adds `req.responseHeaders`. */
const tooManyRequests = (req: PayloadRequest, retryAfterMs: number, what: { es: string; en: string }): APIError => {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
  return new APIError(
    tr(req, 'tooManyRequests', { what: labelIn(what, req.i18n?.language ?? 'es'), seconds }),
    429,
    { retryAfter: seconds },
    true,
  )
}

/**
 * Counts an anonymous API call against the per-IP budget, in `limits.store`; throws 429 when it is spent.
 * Signed-in users are never counted (editors are not starved by a crawler). Local API calls from
 * system code (no HTTP request) are never counted.
 */
export const enforceAnonymousRead = async (req: PayloadRequest, limits: Limits): Promise<void> => {
  if (!limits.enabled || req.user || req.payloadAPI === 'local') return
  const ip = clientIP(req.headers, limits.trustProxy)
  if (ip === null) return // no socket: an in-process call, never a request served over HTTP
  const marker: object = req.headers ?? req
  if (counted.has(marker)) return
  counted.add(marker)
  const { max, windowMs } = limits.anonymousReads
  const result = await limits.store.hit(`anon:${ipKey(ip)}`, max, windowMs)
  if (!result.allowed) {
    throw tooManyRequests(req, result.retryAfterMs, {
      es: 'límite de lecturas anónimas por IP alcanzado',
      en: 'anonymous read limit per IP reached',
    })
  }
}

/** Counts a login attempt per IP and per e-mail, in `limits.store`; throws 429 when either budget is spent. */
export const enforceLogin = async (req: PayloadRequest, email: unknown, limits: Limits): Promise<void> => {
  if (!limits.enabled || req.payloadAPI === 'local') return
  const { perEmail, perIP, windowMs } = limits.login
  const ip = clientIP(req.headers, limits.trustProxy)
  if (ip === null) return // no socket: an in-process call, never a request served over HTTP
  const byIP = await limits.store.hit(`login-ip:${ipKey(ip)}`, perIP, windowMs)
  const normalized = typeof email === 'string' ? email.trim().toLowerCase() : ''
  const byEmail = normalized ? await limits.store.hit(`login-email:${normalized}`, perEmail, windowMs) : null
  if (!byIP.allowed) {
    throw tooManyRequests(req, byIP.retryAfterMs, { es: 'demasiados intentos de ingreso desde esta IP', en: 'too many login attempts from this IP' })
  }
  if (byEmail && !byEmail.allowed) {
    throw tooManyRequests(req, byEmail.retryAfterMs, {
      es: 'demasiados intentos de ingreso para este correo',
      en: 'too many login attempts for this e-mail',
    })
  }
}

/** Operations that are not reads and have their own rule (login) or are writes by signed-in users only. */
const LOGIN_OPERATIONS = new Set(['login'])

/**
 * The `beforeOperation` hook the plugin puts first on EVERY collection (its own and the host's):
 * it sees every REST and GraphQL operation after authentication, so it knows who is signed in.
 * Operations that override access are system code running inside a request — above all Payload's
 * own authentication, which reads the user (`findByID`, `overrideAccess: true`) on the request
 * BEFORE `req.user` is set: counting it made every signed-in request count as anonymous, and once
 * its address's budget was spent (an office behind one NAT with a crawler), the user lookup was
 * refused and the editor silently served as anonymous. They are never counted.
 */
export const rateLimitBeforeOperation =
  (limits: Limits): CollectionBeforeOperationHook =>
  async ({ args, operation, overrideAccess, req }) => {
    if (LOGIN_OPERATIONS.has(operation)) {
      await enforceLogin(req, (args as { data?: { email?: unknown } })?.data?.email, limits)
      return args
    }
    if (!overrideAccess) await enforceAnonymousRead(req, limits)
    return args
  }

/** The same for globals (`beforeOperation` on globals receives `{ args, overrideAccess, req }`). */
export const rateLimitGlobalBeforeOperation =
  (limits: Limits) =>
  async ({ args, overrideAccess, req }: { args: unknown; overrideAccess?: boolean; req: PayloadRequest }) => {
    if (!overrideAccess) await enforceAnonymousRead(req, limits)
    return args
  }
