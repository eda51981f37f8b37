import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import type { PregoneroOptions } from '../types.js'

import { resolveOptions } from '../defaults.js'
import { missingFileAfterError } from '../kernel/errors.js'
import { withSafeLinks } from '../kernel/links/withSafeLinks.js'
import { withFileResponses } from '../kernel/uploads/fileResponses.js'
import { OWN } from '../kernel/config/own.js'
import { databaseErrorsAfterError } from './database/databaseErrors.js'
import { tuneSqliteTransactions } from './database/tuneSqliteTransactions.js'
import { checkGlobalVersionQueries } from './queries/globalVersions.js'
import { withGlobalQueryValidation, withQueryValidation } from './queries/install.js'
import { malformedJsonParamAfterError } from './queries/jsonParams.js'
import { installJobClaim } from './jobs/install.js'
import { attachRateLimitStore } from './rateLimit/databaseStore.js'
import { installGraphQLRateLimitStatus } from './rateLimit/graphql.js'
import { withCountedEndpoints, withRateLimits } from './rateLimit/install.js'
import { withStrictFieldTypes } from './strictFieldTypes.js'
import { installUploadRollback, storageErrorAfterError, withUploadRollback } from './uploadRollback.js'

const isOwn = (entity: CollectionConfig | GlobalConfig) => Boolean((entity.custom as Record<PropertyKey, unknown> | undefined)?.[OWN])

/** Applies a guard to the host's own collections and globals (the plugin's already carry it). */
const toHost = <T extends CollectionConfig | GlobalConfig>(entities: T[] | undefined, guard: (list: T[]) => T[]): T[] =>
  (entities ?? []).map((entity) => (isOwn(entity) ? entity : (guard([entity])[0] ?? entity)))

/**
 * `pregoneroPlatform(options)`, from `pregonero/platform`: what the platform under the plugin needs,
 * which a host opts into — the reference app does — placed AFTER `pregonero()` in `plugins`:
 * - SQLite: transactions that hold under concurrency in one process (src/platform/database/);
 * - uploads: no file left behind by a failed write; every file answer private unless public;
 * - rate limits on logins and anonymous reads (REST, GraphQL with HTTP 429, files, endpoints);
 * - the host's own collections get the plugin's input guards (links, JSON types, queries);
 * - database refusals as clear 4xx/503 answers instead of 500s.
 * Give it the same options as `pregonero()` (it reads `api.rateLimit` and `api.cache`).
 */
export const pregoneroPlatform =
  (options: PregoneroOptions = {}) =>
  (incoming: Config): Config => {
    const resolved = resolveOptions(options)
    const config: Config = { ...incoming }
    config.collections = toHost(config.collections, (list) => withQueryValidation(withStrictFieldTypes(withSafeLinks(list))))
    config.globals = toHost(config.globals, (list) => withGlobalQueryValidation(withStrictFieldTypes(withSafeLinks(list))))
    config.collections = toHost(config.collections, (list) => withFileResponses(list, resolved.api))
    config.collections = withUploadRollback(config.collections)
    Object.assign(config, withRateLimits(config, resolved.api.rateLimit))
    Object.assign(config, withCountedEndpoints(config, resolved.api.rateLimit))
    config.hooks = {
      ...incoming.hooks,
      afterError: [...(incoming.hooks?.afterError ?? []), databaseErrorsAfterError, missingFileAfterError, storageErrorAfterError, malformedJsonParamAfterError],
    }
    // Client errors (a malformed query) are logged as information, not as server errors.
    config.loggingLevels = { QueryError: 'info', ...incoming.loggingLevels }
    config.onInit = async (payload) => {
      tuneSqliteTransactions(payload)
      installUploadRollback(payload)
      checkGlobalVersionQueries(payload)
      // Anonymous GraphQL over the rate limit answers HTTP 429 (graphql-http would say 200).
      if (resolved.api.rateLimit.enabled) installGraphQLRateLimitStatus(payload)
      // A shared store (databaseRateLimitStore) binds to this app's database.
      if (resolved.api.rateLimit.enabled) await attachRateLimitStore(resolved.api.rateLimit.store, payload)
      // Jobs across instances: atomic claims, leases renewed while they run, dead runners' jobs taken back.
      if (resolved.jobLease.enabled) installJobClaim(payload, { leaseMs: resolved.jobLease.seconds * 1000 })
      await incoming.onInit?.(payload)
    }
    return config
  }
