import type { Config } from 'payload'

import type { PregoneroOptions } from './types.js'

import { pregoneroCollections, pregoneroGlobals } from '../collections/index.js'
import { DAY_FIRST_DATE_TIME, withDayFirstDates } from './admin/dayFirstDates.js'
import { applyRoleNavigation, withAdminComponents } from './admin/index.js'
import { databaseErrorsAfterError } from './database/databaseErrors.js'
import { tuneSqliteTransactions } from './database/tuneSqliteTransactions.js'
import { resolveOptions } from './defaults.js'
import { missingFileAfterError } from './errors.js'
import { withPublicCacheHeaders } from './endpoints/cacheHeaders.js'
import { withPregoneroTranslations } from './i18n/index.js'
import { pregoneroEndpoints } from './endpoints/index.js'
import { pregoneroTasks } from './jobs/index.js'
import { installGraphQLRateLimitStatus } from './rateLimit/graphql.js'
import { withRateLimits } from './rateLimit/install.js'
import { mergeCollections } from './utilities/mergeCollections.js'
import { withStrictFieldTypes } from './utilities/strictFieldTypes.js'
import { withFileResponses } from './uploads/fileResponses.js'
import { installUploadRollback, storageErrorAfterError, withUploadRollback } from './utilities/uploadRollback.js'

export { withAnonymousGate } from './fairness/withAnonymousGate.js'
export type { PregoneroOptions, ResolvedOptions } from './types.js'
export { createMemoryStore, type RateLimitResult, type RateLimitStore } from './rateLimit/store.js'

/**
 * Pregonero: the communications process of a city government as a Payload plugin.
 * `plugins: [pregonero({ ... })]`. Wiring only: the pieces live in collections/, hooks/ and src/.
 */
export const pregonero =
  (options: PregoneroOptions = {}) =>
  (incoming: Config): Config => {
    const resolved = resolveOptions(options)
    const config: Config = { ...incoming }
    // The plugin's messages (namespace `pregonero`) in every language the host supports.
    config.i18n = withPregoneroTranslations(incoming.i18n)

    // Collections are added even when disabled, so the schema (and migrations) stay stable.
    // Day-first dates that can be typed (es-CO), on the plugin's own date fields.
    config.collections = applyRoleNavigation(mergeCollections(incoming.collections, withDayFirstDates(pregoneroCollections(resolved))))
    config.globals = [...(incoming.globals ?? []), ...withDayFirstDates(pregoneroGlobals(resolved))]
    // Wrong JSON types (an object for a text, a word for a number) are a 400, not silently coerced.
    config.collections = withStrictFieldTypes(config.collections)
    config.globals = withStrictFieldTypes(config.globals)
    config.admin = withAdminComponents({ ...incoming.admin, user: incoming.admin?.user ?? 'users', dateFormat: incoming.admin?.dateFormat ?? DAY_FIRST_DATE_TIME }, resolved)
    // Rate limits of login and anonymous reads on every collection and global.
    Object.assign(config, withRateLimits(config, resolved.api.rateLimit))
    // The anonymous-read gate's settings, for the route files' `withAnonymousGate` (server-only).
    config.custom = { ...incoming.custom, pregonero: { ...incoming.custom?.pregonero, anonymousGate: resolved.api.anonymousGate } }
    // CDN cache headers on REST reads of the public collections.
    config.collections = withPublicCacheHeaders(config, resolved.api)

    // Database refusals as clear answers, not 500s: locked by another writer → 503 + Retry-After;
    // a relationship to a document that does not exist → 400 naming the field; a missing upload names
    // `file`; an upload file that cannot be written → 503 naming the storage.
    config.hooks = { ...incoming.hooks, afterError: [...(incoming.hooks?.afterError ?? []), databaseErrorsAfterError, missingFileAfterError, storageErrorAfterError] }

    // An upload whose row is not saved leaves no file behind (nor does a failed write midway).
    config.collections = withUploadRollback(config.collections)
    // File URLs of every upload collection: private caching unless served to the public, active
    // types as downloads (src/uploads/fileResponses.ts).
    config.collections = withFileResponses(config.collections, resolved.api)

    config.onInit = async (payload) => {
      tuneSqliteTransactions(payload)
      installUploadRollback(payload)
      // Anonymous GraphQL over the rate limit answers HTTP 429 (graphql-http would say 200).
      if (resolved.api.rateLimit.enabled) installGraphQLRateLimitStatus(payload)
      await incoming.onInit?.(payload)
    }

    if (!resolved.enabled) return config

    config.jobs = {
      ...incoming.jobs,
      tasks: [...(incoming.jobs?.tasks ?? []), ...pregoneroTasks(resolved)],
    }
    config.endpoints = [...(incoming.endpoints ?? []), ...pregoneroEndpoints(resolved)]
    return config
  }

export default pregonero
