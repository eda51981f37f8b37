import type { SanitizedConfig } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { FifoGate } from './fifoGate.js'

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
 * Whether the request presents credentials: Payload's session cookie or an Authorization header
 * (JWT, Bearer, API key). Such requests skip the line. Presenting a forged one gains nothing:
 * Payload treats it as anonymous, and the per-IP rate limit still counts it.
 */
export const carriesCredentials = (request: Request, cookiePrefix: string): boolean => {
  if (request.headers.get('authorization')) return true
  const cookie = request.headers.get('cookie') ?? ''
  return cookie.split(';').some((part) => part.trim().startsWith(`${cookiePrefix}-token=`))
}

const busy = (reason: 'queue-full' | 'timeout', settings: GateSettings) => {
  const retryAfter = Math.max(1, Math.ceil(settings.maxWaitMs / 4000))
  const why =
    reason === 'queue-full'
      ? `cola de consultas anónimas llena (máximo ${settings.maxQueue} en espera) / anonymous request queue full (at most ${settings.maxQueue} waiting)`
      : `espera en cola mayor de ${settings.maxWaitMs} ms / waited in the queue longer than ${settings.maxWaitMs} ms`
  return Response.json(
    { errors: [{ message: `Servidor ocupado: ${why}; reintente en ${retryAfter} s / Server busy: retry in ${retryAfter} s` }] },
    { status: 503, headers: { 'Retry-After': String(retryAfter), 'Cache-Control': 'no-store' } },
  )
}

/**
 * Wraps a Next.js route handler (REST_GET, GRAPHQL_POST…) so anonymous requests go through the
 * process's FIFO gate (at most `concurrency` worked on at once) while signed-in users' requests
 * go straight in: one Node.js process serves requests interleaved, so without it a crowd of
 * readers makes an editor's transition wait behind the whole backlog. A pass-through when the
 * plugin is not installed or the gate is disabled. The wait and the handler's time are reported in `Server-Timing` (`queue`, `app`).
 */
export const withAnonymousGate = <Args extends unknown[]>(
  config: Promise<SanitizedConfig> | SanitizedConfig,
  handler: Handler<Args>,
): Handler<Args> => {
  return async (request, ...args) => {
    const resolved = await config
    const settings = gateSettingsOf(resolved)
    if (!settings?.enabled || carriesCredentials(request, resolved.cookiePrefix ?? 'payload')) return handler(request, ...args)
    const entry = await sharedGate(settings).enter()
    if ('refused' in entry) return busy(entry.refused, settings)
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
