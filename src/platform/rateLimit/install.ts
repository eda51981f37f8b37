import type { Config } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { rateLimitBeforeOperation, rateLimitGlobalBeforeOperation } from './index.js'

/**
 * Puts the rate-limit hook FIRST in `beforeOperation` of every collection and global of the
 * config (the plugin's and the host's), so no REST or GraphQL operation escapes it.
 */
export const withRateLimits = (config: Config, limits: ResolvedApiOptions['rateLimit']): Pick<Config, 'collections' | 'globals'> => {
  if (!limits.enabled) return { collections: config.collections, globals: config.globals }
  const collectionHook = rateLimitBeforeOperation(limits)
  const globalHook = rateLimitGlobalBeforeOperation(limits)
  return {
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [collectionHook, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
    globals: (config.globals ?? []).map((global) => ({
      ...global,
      hooks: { ...global.hooks, beforeOperation: [globalHook as never, ...(global.hooks?.beforeOperation ?? [])] },
    })),
  }
}
