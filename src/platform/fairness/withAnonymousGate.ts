import type { SanitizedConfig } from 'payload'

import { executeAuthStrategies, getPayload } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { FifoGate } from './fifoGate.js'
import { trForRequest } from '../../kernel/i18n/index.js'

type GateSettings = ResolvedApiOptions['anonymousGate']
type Handler<Args extends unknown[]> = (request: Request, ...args: Args) => Promise<Response>

/** Where the plugin leaves the gate's settings for the route files (`config.custom`, server-only). */
export const gateSettingsOf = (config: Pick<SanitizedConfig, 'custom'>): GateSettings | undefined =>
  (config.custom as { pregonero?: { anonymousGate?: GateSettings } } | undefined)?.pregonero?.anonymousGate

/** One gate per process and settings, shared by every route file that wraps its handlers. */
const gates = ((globalThis as { __pregoneroGates?: Map<string, FifoGate> }).__pregoneroGates ??= new Map())
export const sharedGate = (settings: GateSettings): FifoGate => {
  const key = `${settings.concurrency}/${settings.perTurn}/${settings.maxQueue}/${settings.maxWaitMs}`
  let gate = gates.get(key)
  if (!gate) gates.set(key, (gate = new FifoGate({ capacity: settings.concurrency, perTurn: settings.perTurn, maxQueue: settings.maxQueue, maxWaitMs: settings.maxWaitMs })))
  return gate
}

/**
 * Whether the request presents credentials at all: Payload's session cookie or an Authorization
 * header (JWT, Bearer, API key). Only a first filter: anonymous requests (most of a crowd) are
 * told apart without touching Payload; what they present is then verified (`verifiedCredentials`).
 */
export const carriesCredentials = (request: Request, cookiePrefix: string): boolean => {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie') ?? ''
  return cookie.split(';').some((part) => part.trim().startsWith(`${cookiePrefix}-token=`))
}

/**
 * Whether the request's credentials are VALID: Payload's own auth strategies (the JWT's signature,
 * session and user; an API key; a host's custom strategy) find a user. `Authorization: JWT garbage`
 * or any `payload-token` cookie verifies nothing, so it waits in line like any anonymous read.
 */
const verdicts = new WeakMap<Request, Promise<boolean>>()
export const verifiedCredentials = (request: Request, config: SanitizedConfig): Promise<boolean> => {
  if (!carriesCredentials(request, config.cookiePrefix ?? 'payload')) return Promise.resolve(false)
  // Once per request: the answer cache and the gate both ask (route wrappers around one handler).
  let verdict = verdicts.get(request)
  if (!verdict) {
    verdict = (async () => {
      const payload = await getPayload({ config })
      const { user } = await executeAuthStrategies({ canSetHeaders: false, headers: request.headers, isGraphQL: false, payload })
      return Boolean(user)
    })()
    verdicts.set(request, verdict)
  }
  return verdict
}

/**
 * A read sent as POST: Payload answers `POST` with `X-Payload-HTTP-Method-Override: GET` (or
 * `X-HTTP-Method-Override`) as the GET it stands for (long queries), so it is gated like one.
 */
export const isMethodOverrideRead = (request: Request): boolean =>
  request.method.toUpperCase() === 'POST' &&
  ['x-payload-http-method-override', 'x-http-method-override'].some((name) => request.headers.get(name)?.trim().toUpperCase() === 'GET')

const busy = (request: Request, reason: 'queue-full' | 'timeout', settings: GateSettings) => {
  const retryAfter = Math.max(1, Math.ceil(settings.maxWaitMs / 4000))
  const message =
    reason === 'queue-full'
      ? trForRequest(request, 'serverBusyQueueFull', { max: settings.maxQueue, seconds: retryAfter })
      : trForRequest(request, 'serverBusyTimeout', { ms: settings.maxWaitMs, seconds: retryAfter })
  return Response.json(
    { errors: [{ message }] },
    { status: 503, headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Wraps a Next.js route handler (REST_GET, GRAPHQL_POST…) so anonymous requests go through the
 * process's FIFO gate (at most `concurrency` worked on at once) while signed-in users' requests
 * go straight in: one Node.js process serves requests interleaved, so without it a crowd of
 * readers makes an editor's transition wait behind the whole backlog. Only VERIFIED credentials
 * skip the line (`verifiedCredentials`). `only` limits the gate to some requests of the route (the
 * REST POST route: `isMethodOverrideRead`). A pass-through when the plugin is not installed or the
 * gate is disabled. The wait and the handler's time are reported in `Server-Timing` (`queue`, `app`).
 */
export const withAnonymousGate = <Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Args>,
  { only }: { only?: (request: Request) => boolean } = {},
): Handler<Args> => {
  return async (request, ...args) => {
    const resolved = await config
    const settings = gateSettingsOf(resolved)
    if (!settings?.enabled || (only && !only(request)) || (await verifiedCredentials(request, resolved))) return handler(request, ...args)
    const entry = await sharedGate(settings).enter()
    if ('refused' in entry) return busy(request, entry.refused, settings)
    const started = performance.now()
    try {
      const response = await handler(request, ...args)
      try {
        response.headers.append('Server-Timing', `queue;dur=${entry.waitedMs.toFixed(1)}, app;dur=${(performance.now() - started).toFixed(1)}`)
      } catch {
        // immutable headers (a redirect made with Response.redirect): the timing is optional
      }
      return response
    } finally {
      entry.leave()
    }
  }
}
