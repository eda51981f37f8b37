import type { Access, CollectionConfig, Config, Endpoint, GlobalConfig, PayloadHandler } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { enforceAnonymousRead, rateLimitBeforeOperation, rateLimitGlobalBeforeOperation } from './index.js'
import { installPeerAddress } from './peerAddress.js'

type Limits = ResolvedApiOptions['rateLimit']

/** The read rule a file-counting wrapper stands in front of (read by tests/int/api/explicit-access). */
export const INNER_ACCESS = Symbol.for('pregonero.innerAccess')

/**
 * An upload collection's read rule that first counts an anonymous FILE read
 * (`/api/<collection>/file/<name>`: Payload serves it after `access.read` with
 * `isReadingStaticFile`, without any operation hook), then applies the collection's own rule.
 */
const countingFileReads = (read: Access | undefined, limits: Limits): Access => {
  const wrapped: Access = async (args) => {
    if (args.isReadingStaticFile) await enforceAnonymousRead(args.req, limits)
    return read ? read(args) : Boolean(args.req.user)
  }
  return Object.assign(wrapped, { [INNER_ACCESS]: read })
}

const COUNTED = Symbol.for('pregonero.countedEndpoint')

/** An endpoint whose anonymous calls count against the per-IP budget before its handler runs. */
const counted = (endpoint: Endpoint, limits: Limits): Endpoint => {
  const handler = endpoint.handler as PayloadHandler & { [COUNTED]?: true }
  if (handler[COUNTED]) return endpoint
  const wrapped: PayloadHandler = async (req) => {
    await enforceAnonymousRead(req, limits)
    return handler(req)
  }
  return { ...endpoint, handler: Object.assign(wrapped, { [COUNTED]: true as const }) }
}

const countedEndpoints = (endpoints: Endpoint[] | false | undefined, limits: Limits) =>
  Array.isArray(endpoints) ? endpoints.map((endpoint) => counted(endpoint, limits)) : endpoints

/**
 * Puts the rate-limit hook FIRST in `beforeOperation` of every collection and global of the
 * config (the plugin's and the host's), so no REST or GraphQL operation escapes it; counts the
 * anonymous file reads of upload collections; learns each request's socket address.
 */
export const withRateLimits = (config: Config, limits: ResolvedApiOptions['rateLimit']): Pick<Config, 'collections' | 'globals'> => {
  if (!limits.enabled) return { collections: config.collections, globals: config.globals }
  installPeerAddress()
  const collectionHook = rateLimitBeforeOperation(limits)
  const globalHook = rateLimitGlobalBeforeOperation(limits)
  return {
    collections: (config.collections ?? []).map((collection) => withCollectionLimits(collection, limits, collectionHook)),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeOperation: [globalHook as never, ...(global.hooks?.beforeOperation ?? [])] },
    })),
  }
}

/** One collection: the operation hook first, file reads counted. */
export const withCollectionLimits = (
  collection: CollectionConfig,
  limits: Limits,
  hook = rateLimitBeforeOperation(limits),
): CollectionConfig => ({
  ...collection,
  ...(collection.upload ? { access: { ...collection.access, read: countingFileReads(collection.access?.read, limits) } } : {}),
  hooks: { ...collection.hooks, beforeOperation: [hook, ...(collection.hooks?.beforeOperation ?? [])] },
})

/**
 * Every custom endpoint (root, collections', globals') counts its anonymous calls, whether or not
 * its handler remembers to (the fact-check link, the transitions, a host's own). Run after the
 * plugin has added its endpoints. Counting is once per request, so a handler that also counts is fine.
 */
export const withCountedEndpoints = (config: Config, limits: Limits): Pick<Config, 'collections' | 'endpoints' | 'globals'> => {
  if (!limits.enabled) return { collections: config.collections, endpoints: config.endpoints, globals: config.globals }
  return {
    endpoints: countedEndpoints(config.endpoints, limits) as Endpoint[] | undefined,
    collections: (config.collections ?? []).map((collection) => ({ ...collection, endpoints: countedEndpoints(collection.endpoints, limits) })),
    globals: (config.globals ?? []).map((global: GlobalConfig) => ({ ...global, endpoints: countedEndpoints(global.endpoints, limits) })),
  }
}
