import type { CollectionConfig, GlobalConfig } from 'payload'

import { queryValidationBeforeOperation, queryValidationGlobalBeforeOperation } from './validateQuery.js'

/**
 * Puts the query validation in front of every operation of the given collections (the plugin's
 * and the host's; Payload's internal ones get it when Payload starts, src/platform/internal/hardenInternal.ts).
 */
export const withQueryValidation = (collections: CollectionConfig[] | undefined): CollectionConfig[] =>
  (collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [queryValidationBeforeOperation, ...(collection.hooks?.beforeOperation ?? [])] },
  }))

/** The same for globals. */
export const withGlobalQueryValidation = (globals: GlobalConfig[] | undefined): GlobalConfig[] =>
  (globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, beforeOperation: [queryValidationGlobalBeforeOperation as never, ...(global.hooks?.beforeOperation ?? [])] },
  }))
