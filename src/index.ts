import type { Config } from 'payload'

import type { PregoneroOptions } from './types.js'

import { pregoneroCollections, pregoneroGlobals } from '../collections/index.js'
import { applyRoleNavigation, withAdminComponents } from './admin/index.js'
import { databaseErrorsAfterError } from './database/databaseErrors.js'
import { tuneSqliteTransactions } from './database/tuneSqliteTransactions.js'
import { resolveOptions } from './defaults.js'
import { missingFileAfterError } from './errors.js'
import { withPublicCacheHeaders } from './endpoints/cacheHeaders.js'
import { withPregoneroTranslations } from './i18n/index.js'
import { pregoneroEndpoints } from './endpoints/index.js'
import { pregoneroTasks } from './jobs/index.js'
import { DEFAULT_JOBS_ACCESS } from './access/internalCollections.js'
import { hardenInternal } from './internal/hardenInternal.js'
import { withSafeLinks } from './links/withSafeLinks.js'
import { withGlobalQueryValidation, withQueryValidation } from './queries/install.js'
import { checkGlobalVersionQueries } from './queries/globalVersions.js'
import { malformedJsonParamAfterError } from './queries/jsonParams.js'
import { installGraphQLRateLimitStatus } from './rateLimit/graphql.js'
import { withCountedEndpoints, withRateLimits } from './rateLimit/install.js'
import { mergeCollections } from './utilities/mergeCollections.js'
import { withStrictFieldTypes } from './utilities/strictFieldTypes.js'
import { installUploadRollback, storageErrorAfterError, withUploadRollback } from './utilities/uploadRollback.js'

export { isMethodOverrideRead, withAnonymousGate } from './fairness/withAnonymousGate.js'
export { withMethodOverrideBody } from './queries/methodOverride.js'
export type { PregoneroOptions, ResolvedOptions } from './types.js'
export { createMemoryStore, type RateLimitResult, type RateLimitStore } from './rateLimit/store.js'
export { installPeerAddress } from './rateLimit/peerAddress.js'

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
    config.collections = applyRoleNavigation(mergeCollections(incoming.collections, pregoneroCollections(resolved)))
    config.globals = [...(incoming.globals ?? []), ...pregoneroGlobals(resolved)]
    // Links only http(s), mailto, tel or internal in every rich text; URL fields http(s), drafts included.
    config.collections = withSafeLinks(config.collections)
    config.globals = withSafeLinks(config.globals)
    // Wrong JSON types (an object for a text, a word for a number) are a 400, not silently coerced.
    config.collections = withStrictFieldTypes(config.collections)
    config.globals = withStrictFieldTypes(config.globals)
    // Malformed queries (where, limit, page, depth, sort, id) are a 400 naming the parameter, never a 500.
    config.collections = withQueryValidation(config.collections)
    config.globals = withGlobalQueryValidation(config.globals)
    config.admin = withAdminComponents({ ...incoming.admin, user: incoming.admin?.user ?? 'users' }, resolved)
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
