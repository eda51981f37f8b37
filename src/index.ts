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
import { withCountedEndpoints, withRateLimits } from './platform/rateLimit/install.js'
import { mergeCollections } from './kernel/config/mergeCollections.js'
import { withStrictFieldTypes } from './platform/strictFieldTypes.js'
import { withFileResponses } from './kernel/uploads/fileResponses.js'
import { DEFAULT_JOBS_ACCESS } from './kernel/access/internalCollections.js'
import { hardenInternal } from './platform/internal/hardenInternal.js'
import { withSafeLinks } from './kernel/links/withSafeLinks.js'
import { withGlobalQueryValidation, withQueryValidation } from './platform/queries/install.js'
import { checkGlobalVersionQueries } from './platform/queries/globalVersions.js'
import { malformedJsonParamAfterError } from './platform/queries/jsonParams.js'
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
    // Links only http(s), mailto, tel or internal in every rich text; URL fields http(s), drafts included.
    config.collections = withSafeLinks(config.collections)
    config.globals = withSafeLinks(config.globals)
    // Wrong JSON types (an object for a text, a word for a number) are a 400, not silently coerced.
    config.collections = withStrictFieldTypes(config.collections)
    config.globals = withStrictFieldTypes(config.globals)
    // Malformed queries (where, limit, page, depth, sort, id) are a 400 naming the parameter, never a 500.
    config.collections = withQueryValidation(config.collections)
    config.globals = withGlobalQueryValidation(config.globals)
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
    config.hooks = {
      ...incoming.hooks,
      afterError: [...(incoming.hooks?.afterError ?? []), databaseErrorsAfterError, missingFileAfterError, storageErrorAfterError, malformedJsonParamAfterError],
    }
    // Client errors (a malformed query) are logged as information, not as server errors.
    config.loggingLevels = { QueryError: 'info', ...incoming.loggingLevels }

    // An upload whose row is not saved leaves no file behind (nor does a failed write midway).
    config.collections = withUploadRollback(config.collections)
    // File URLs of every upload collection: private caching unless served to the public, active
    // types as downloads (src/uploads/fileResponses.ts).
    config.collections = withFileResponses(config.collections, resolved.api)

    // Payload's own collections and globals (jobs, locks, preferences, migrations, kv, jobs stats)
    // are added after plugins run; they get explicit rules and the same guards when Payload starts.
    const known = { collections: new Set((config.collections ?? []).map((c) => c.slug)), globals: new Set((config.globals ?? []).map((g) => g.slug)) }
    // Who may run, queue and cancel jobs through the jobs API with access checks: admins, unless the host says.
    config.jobs = { ...incoming.jobs, access: { ...DEFAULT_JOBS_ACCESS, ...incoming.jobs?.access } }

    config.onInit = async (payload) => {
      hardenInternal(payload, resolved, known)
      checkGlobalVersionQueries(payload)
      tuneSqliteTransactions(payload)
      installUploadRollback(payload)
      // Anonymous GraphQL over the rate limit answers HTTP 429 (graphql-http would say 200).
      if (resolved.api.rateLimit.enabled) installGraphQLRateLimitStatus(payload)
      await incoming.onInit?.(payload)
    }

    if (resolved.enabled) {
      config.jobs = { ...config.jobs, tasks: [...(incoming.jobs?.tasks ?? []), ...pregoneroTasks(resolved)] }
      config.endpoints = [...(incoming.endpoints ?? []), ...pregoneroEndpoints(resolved)]
    }
    // Every custom endpoint counts its anonymous calls against the per-IP budget.
    Object.assign(config, withCountedEndpoints(config, resolved.api.rateLimit))
    return config
  }

export default pregonero
