import type { CollectionConfig, Config, GlobalConfig, Payload } from 'payload'

import type { ResolvedOptions } from '../../../types.js'
import type { AfterCommit } from './invalidation.js'

import { PUBLIC_READ_COLLECTIONS } from '../cacheHeaders.js'
import { installClockBoundaries } from './boundaries.js'
import { installCommitInvalidation, invalidateAfterChange, invalidateAfterDelete, invalidateGlobalAfterChange } from './invalidation.js'
import { publicCacheFor } from './publicCache.js'
import { queuePurge } from './purge/task.js'
import { purgeURLs } from './purge/urls.js'
import { createInvalidationLog } from './shared/invalidationLog.js'
import { joinedCollections, trackGlobalRead, trackReadAfter, trackReadBefore, trackReadDocument } from './tracking.js'

export type { CachedAnswer, AnswerStore } from './store.js'
export type { PublicCacheSettings } from './publicCache.js'
export { createMemoryAnswerStore } from './store.js'
export { publicCacheFor } from './publicCache.js'
export type { SharedInvalidationSettings } from './shared/invalidationLog.js'

/**
 * Installs the cache's side inside Payload: on every collection and global, the hooks that record
 * what an anonymous read touched and drop what a write affects; at start, the second round of
 * invalidation at commit and the consent/licence clock. Returns the config pieces to merge.
 */
export const withAnswerCache = (config: Config, options: ResolvedOptions): Pick<Config, 'collections' | 'globals' | 'onInit'> => {
  const settings = options.api.publicCache
  if (!settings.enabled) return { collections: config.collections, globals: config.globals, onInit: config.onInit }
  const cache = publicCacheFor(settings)
  const purge = settings.purge
  const afterCommit: AfterCommit = (payload, effect) => {
    if (!purge) return
    const urls = purgeURLs(effect, {
      serverURL: options.serverURL,
      apiRoute: payload.config.routes?.api ?? '/api',
      api: options.api,
      publicCollections: PUBLIC_READ_COLLECTIONS,
    })
    queuePurge(payload, urls, options.jobsQueue)
  }
  // First in each list: the host's and the overrides' hooks keep their place after the plugin's.
  const collections = (config.collections ?? []).map(
    (collection): CollectionConfig => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        afterRead: [trackReadDocument(joinedCollections(collection.fields)), ...(collection.hooks?.afterRead ?? [])],
        beforeOperation: [trackReadBefore, ...(collection.hooks?.beforeOperation ?? [])],
        afterOperation: [trackReadAfter, ...(collection.hooks?.afterOperation ?? [])],
        afterChange: [invalidateAfterChange(cache, afterCommit), ...(collection.hooks?.afterChange ?? [])],
        afterDelete: [invalidateAfterDelete(cache, afterCommit), ...(collection.hooks?.afterDelete ?? [])],
      },
    }),
  )
  const globals = (config.globals ?? []).map(
    (global): GlobalConfig => ({
      ...global,
      hooks: {
        ...global.hooks,
        afterRead: [trackGlobalRead, ...(global.hooks?.afterRead ?? [])],
        afterChange: [invalidateGlobalAfterChange(cache, afterCommit), ...(global.hooks?.afterChange ?? [])],
      },
    }),
  )
  const incoming = config.onInit
  return {
    collections,
    globals,
    onInit: async (payload: Payload) => {
      installCommitInvalidation(payload, cache, afterCommit)
      installClockBoundaries(payload, cache.providers)
      if (settings.shared) {
        // Before the first answer is stored: what is in the log now is older than this instance's answers.
        cache.log?.stop()
        const log = createInvalidationLog(
          payload,
          { invalidate: (tags) => cache.invalidate(tags), dropAll: () => cache.dropAll() },
          settings.shared,
          `pregonero-cache:${settings.namespace}:`,
        )
        await log.start()
        cache.log = log
      }
      await incoming?.(payload)
    },
  }
}
