import type { CollectionConfig, Config, GlobalConfig } from 'payload'

import type { PregoneroOptions, ResolvedOptions } from './types.js'

import { applyOverride } from '../collections/overrides.js'
import { resolveOptions } from './defaults.js'
import { pregoneroParts } from './features/index.js'
import { withAnswerCache } from './features/publicApi/cache/index.js'
import { withPublicCacheHeaders } from './features/publicApi/cacheHeaders.js'
import { DEFAULT_JOBS_ACCESS } from './kernel/access/internalCollections.js'
import { DAY_FIRST_DATE_TIME, withDayFirstDates } from './kernel/admin/dayFirstDates.js'
import { withRowLocks } from './kernel/sql/rowLock.js'
import { withAuditorRefusals } from './kernel/access/explainRefusal.js'
import { listExportEndpoint, withListExport } from './kernel/admin/listExport.js'
import { withReadableJson } from './kernel/admin/readableJson.js'
import { applyRoleNavigation, withAdminComponents } from './kernel/admin/navigation.js'
import { withHostRequirements } from './kernel/config/hostRequirements.js'
import { mergeCollections } from './kernel/config/mergeCollections.js'
import { markOwn } from './kernel/config/own.js'
import { withPregoneroTranslations } from './kernel/i18n/index.js'
import { withSafeLinks } from './kernel/links/withSafeLinks.js'
import { withFileResponses } from './kernel/uploads/fileResponses.js'
import { hardenInternal } from './platform/internal/hardenInternal.js'
import { rememberInstance } from './platform/shutdown/instances.js'
import { withGlobalQueryValidation, withQueryValidation } from './platform/queries/install.js'
import { withStrictFieldTypes } from './platform/strictFieldTypes.js'

export type { CollectionOverride } from '../collections/overrides.js'
export { hasRole } from './kernel/access/hasRole.js'
export { seedTransparencyMenu } from './features/compliance/transparency/seedMenu.js'
export type { Role } from './kernel/access/roles.js'
export type { PregoneroOptions, ResolvedOptions } from './types.js'

/**
 * The plugin's own collections as it ships them: the host's overrides applied, then the guards
 * every one of them keeps whatever the host does (links, JSON types, query validation, day-first
 * dates, file answers, CDN headers of the public ones, role navigation).
 */
const ownCollections = (collections: CollectionConfig[], options: ResolvedOptions): CollectionConfig[] => {
  let own = collections.map((collection) => applyOverride(collection, options.overrides[collection.slug]))
  own = withDayFirstDates(own)
  own = withListExport(own)
  own = withReadableJson(own)
  own = withSafeLinks(own)
  own = withStrictFieldTypes(own)
  own = withQueryValidation(own)
  own = withFileResponses(own, options.api)
  own = withPublicCacheHeaders({ collections: own } as Config, options.api) ?? own
  // On PostgreSQL, an update by id locks its row before its hooks read the document (src/kernel/sql/rowLock.ts).
  own = withRowLocks(own)
  // An auditor's refused write says why (src/kernel/access/explainRefusal.ts).
  own = withAuditorRefusals(own)
  return applyRoleNavigation(own).map(markOwn)
}

const ownGlobals = (globals: GlobalConfig[]): GlobalConfig[] =>
  withGlobalQueryValidation(withStrictFieldTypes(withSafeLinks(withReadableJson(withDayFirstDates(globals))))).map(markOwn)

/**
 * Pregonero: the communications process of a city government as a Payload plugin.
 * `plugins: [pregonero({ … })]` — and, on the platform it runs on, `pregoneroPlatform({ … })` from
 * `pregonero/platform` (see the README). Wiring only: each feature returns its part of the config.
 */
export const pregonero =
  (options: PregoneroOptions = {}) =>
  (incoming: Config): Config => {
    const resolved = resolveOptions(options)
    const parts = pregoneroParts(resolved)
    const config: Config = { ...incoming }

    // The collections and globals are added even when disabled, so the schema (and the
    // migrations) stay the same; nothing else touches the host then. A host `users` collection
    // receives the plugin's roles and rules.
    config.collections = mergeCollections(incoming.collections, ownCollections(parts.collections, resolved))
    config.globals = [...(incoming.globals ?? []), ...ownGlobals(parts.globals)]
    if (!resolved.enabled) return config

    // The plugin's messages (namespace `pregonero`), Spanish among the languages; the editor, the
    // upload spooling and the job queue it needs, set where the host left them unset, refused with
    // a clear message where the host set them otherwise.
    Object.assign(config, withHostRequirements(config, resolved))
    config.i18n = withPregoneroTranslations(config.i18n)
    config.admin = withAdminComponents({ ...config.admin, user: config.admin?.user ?? 'users', dateFormat: config.admin?.dateFormat ?? DAY_FIRST_DATE_TIME }, resolved)
    // The anonymous-read gate's settings, for the route files' `withAnonymousGate` (server-only).
    // The answer cache's settings and the anonymous budget its hits count against (`withPublicCache`);
    // who may publish (the admin's publish controls).
    config.custom = {
      ...incoming.custom,
      pregonero: {
        ...incoming.custom?.pregonero,
        anonymousGate: resolved.api.anonymousGate,
        publicCache: resolved.api.publicCache,
        rateLimit: resolved.api.rateLimit,
        publishRoles: resolved.workflow.publishRoles,
      },
    }

    config.endpoints = [...(incoming.endpoints ?? []), ...parts.endpoints, listExportEndpoint(resolved.timeZone)]
    // Who may run, queue and cancel jobs through the jobs API with access checks: admins, unless the host says.
    config.jobs = { ...config.jobs, access: { ...DEFAULT_JOBS_ACCESS, ...config.jobs?.access }, tasks: [...(config.jobs?.tasks ?? []), ...parts.tasks] }

    // Payload's own collections and globals (jobs, locks, preferences, migrations, kv, jobs stats)
    // are added after plugins run: they get explicit rules when Payload starts.
    const known = { collections: new Set((config.collections ?? []).map((c) => c.slug)), globals: new Set((config.globals ?? []).map((g) => g.slug)) }
    config.onInit = async (payload) => {
      hardenInternal(payload, resolved, known)
      // Found by the graceful shutdown (pregonero/platform's installGracefulShutdown) without booting one.
      rememberInstance(payload)
      await incoming.onInit?.(payload)
    }
    // Last: the answer cache's hooks see every collection and global, the host's too.
    Object.assign(config, withAnswerCache(config, resolved))
    return config
  }

export default pregonero
