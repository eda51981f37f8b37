import type { Access, Endpoint, Payload, PayloadHandler, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { defaults, NotFound } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { INTERNAL_COLLECTION_ACCESS, INTERNAL_GLOBAL_ACCESS } from '../../kernel/access/internalCollections.js'
import { tr } from '../../kernel/i18n/index.js'
import { queryValidationBeforeOperation, queryValidationGlobalBeforeOperation } from '../queries/validateQuery.js'
import { enforceAnonymousRead, rateLimitBeforeOperation, rateLimitGlobalBeforeOperation } from '../rateLimit/index.js'

/**
 * Payload's implicit rule (`defaultAccess`: any signed-in user), which an internal collection must
 * never keep. Payload exports it only as the default of `jobs.access`, the same function.
 */
export const PAYLOAD_DEFAULT_ACCESS: unknown = (defaults as { jobs?: { access?: { run?: unknown } } }).jobs?.access?.run
const PAYLOAD_DEFAULTS = new Set<unknown>([PAYLOAD_DEFAULT_ACCESS])

/** Marks the rule given to an internal collection this plugin does not know yet (tests/int/api/explicit-access fails on it). */
export const CLOSED_UNKNOWN_INTERNAL = Symbol.for('pregonero.closedUnknownInternal')
const closedUnknown = (): Access => Object.assign((() => false) as Access, { [CLOSED_UNKNOWN_INTERNAL]: true })

const COLLECTION_OPERATIONS = ['create', 'read', 'update', 'delete'] as const

/** Is this a collection/global Payload added during sanitization (not the host's, not the plugin's)? */
const isInternal = (slug: string, known: ReadonlySet<string>, table: Record<string, unknown>) =>
  !known.has(slug) && (slug in table || slug.startsWith('payload-'))

const countAnonymousCalls = (endpoints: Endpoint[] | false | undefined, limits: ResolvedOptions['api']['rateLimit']) =>
  Array.isArray(endpoints)
    ? endpoints.map((endpoint) => {
        const handler: PayloadHandler = endpoint.handler
        return {
          ...endpoint,
          handler: async (req: Parameters<PayloadHandler>[0]) => {
            await enforceAnonymousRead(req, limits)
            return handler(req)
          },
        }
      })
    : endpoints

/**
 * `DELETE /api/payload-preferences/:key` of a key the caller has no preference for made the
 * adapter's deleteOne throw (500); it is a 404 like any other missing document.
 */
const preferenceDeleteFindsFirst = (endpoints: Endpoint[]): Endpoint[] =>
  endpoints.map((endpoint) => {
    if (endpoint.method !== 'delete' || endpoint.path !== '/:key') return endpoint
    const handler = endpoint.handler
    return {
      ...endpoint,
      handler: async (req: Parameters<PayloadHandler>[0]) => {
        if (req.user) {
          const { totalDocs } = await req.payload.count({
            collection: 'payload-preferences',
            where: { and: [{ key: { equals: String(req.routeParams?.key ?? '') } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
            overrideAccess: true,
            req,
          })
          if (totalDocs === 0) throw new NotFound(req.t)
        }
        return handler(req)
      },
    }
  })

/**
 * Payload adds `payload-jobs`, `payload-jobs-stats`, `payload-locked-documents`,
 * `payload-preferences`, `payload-migrations`, `payload-kv` (and, when used, folders or query
 * presets) while sanitizing the config, after every plugin ran: no plugin option reaches them, and
 * most keep Payload's "any signed-in user" rule. When Payload starts (first thing in `onInit`,
 * before any request is served), this gives each its explicit rule (src/kernel/access/internalCollections.ts),
 * closes any internal one this plugin does not know yet (and logs it), and puts the same guards
 * as on every other collection in front of them: the per-IP count of anonymous calls and the
 * query validation (400, never a 500, for a malformed query).
 */
export const hardenInternal = (payload: Payload, options: ResolvedOptions, known: { collections: ReadonlySet<string>; globals: ReadonlySet<string> }): void => {
  const limits = options.api.rateLimit
  for (const collection of payload.config.collections as SanitizedCollectionConfig[]) {
    if (!isInternal(collection.slug, known.collections, INTERNAL_COLLECTION_ACCESS)) continue
    const rules = INTERNAL_COLLECTION_ACCESS[collection.slug]
    if (rules) collection.access = { ...collection.access, ...rules } as SanitizedCollectionConfig['access']
    else {
      const operations = [...COLLECTION_OPERATIONS, ...(collection.versions ? (['readVersions'] as const) : [])]
      for (const operation of operations) {
        const rule = collection.access?.[operation]
        if (!rule || PAYLOAD_DEFAULTS.has(rule)) (collection.access as Record<string, Access>)[operation] = closedUnknown()
      }
      payload.logger.warn(`[pregonero] ${tr(null, 'internalWithoutRule', { slug: collection.slug })}`)
    }
    // `endpoints: false` answers 501 to every call; no routes answer 404 like any unknown route.
    if (collection.endpoints === false) collection.endpoints = []
    if (collection.slug === 'payload-preferences' && collection.endpoints) collection.endpoints = preferenceDeleteFindsFirst(collection.endpoints)
    if (limits.enabled) collection.endpoints = countAnonymousCalls(collection.endpoints, limits) as Endpoint[]
    collection.hooks.beforeOperation = [
      ...(limits.enabled ? [rateLimitBeforeOperation(limits)] : []),
      queryValidationBeforeOperation,
      ...(collection.hooks.beforeOperation ?? []),
    ]
  }
  for (const global of payload.config.globals as SanitizedGlobalConfig[]) {
    if (!isInternal(global.slug, known.globals, INTERNAL_GLOBAL_ACCESS)) continue
    const rules = INTERNAL_GLOBAL_ACCESS[global.slug]
    if (rules) global.access = { ...global.access, ...rules } as SanitizedGlobalConfig['access']
    else {
      for (const operation of ['read', 'update', ...(global.versions ? ['readVersions'] : [])] as const) {
        const rule = global.access?.[operation as 'read']
        if (!rule || PAYLOAD_DEFAULTS.has(rule)) (global.access as Record<string, Access>)[operation] = closedUnknown()
      }
      payload.logger.warn(`[pregonero] ${tr(null, 'internalWithoutRule', { slug: global.slug })}`)
    }
    global.hooks.beforeOperation = [
      ...(limits.enabled ? [rateLimitGlobalBeforeOperation(limits) as never] : []),
      queryValidationGlobalBeforeOperation as never,
      ...(global.hooks.beforeOperation ?? []),
    ]
  }
}
