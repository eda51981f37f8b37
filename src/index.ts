import type { Config } from 'payload'

import type { PregoneroOptions } from './types.js'

import { pregoneroCollections, pregoneroGlobals } from './features/collections.js'
import { DAY_FIRST_DATE_TIME, withDayFirstDates } from './kernel/admin/dayFirstDates.js'
import { applyRoleNavigation, withAdminComponents } from './kernel/admin/navigation.js'
import { databaseErrorsAfterError } from './platform/database/databaseErrors.js'
import { tuneSqliteTransactions } from './platform/database/tuneSqliteTransactions.js'
import { resolveOptions } from './defaults.js'
import { missingFileAfterError } from './kernel/errors.js'
import { withPublicCacheHeaders } from './features/publicApi/cacheHeaders.js'
import { withPregoneroTranslations } from './kernel/i18n/index.js'
import { pregoneroEndpoints } from './features/endpoints.js'
import { pregoneroTasks } from './features/tasks.js'
import { installGraphQLRateLimitStatus } from './platform/rateLimit/graphql.js'
import { withRateLimits } from './platform/rateLimit/install.js'
import { mergeCollections } from './kernel/config/mergeCollections.js'
import { withStrictFieldTypes } from './platform/strictFieldTypes.js'
import { withFileResponses } from './kernel/uploads/fileResponses.js'
import { installUploadRollback, storageErrorAfterError, withUploadRollback } from './platform/uploadRollback.js'

export { hasRole } from './kernel/access/hasRole.js'
export type { Role } from './kernel/access/roles.js'
export type { PregoneroOptions, ResolvedOptions } from './types.js'

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
