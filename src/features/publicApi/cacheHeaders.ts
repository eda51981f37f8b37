import type { CollectionAfterOperationHook, Config } from 'payload'

import type { ResolvedApiOptions } from '../../types.js'

import { SLUGS } from '../../kernel/slugs.js'
import { cacheControl } from './http.js'

const READS = new Set(['find', 'findByID', 'count'])

/**
 * Sets `Cache-Control` (and `Vary`) on successful REST reads of a public collection: anonymous
 * answers are the same for everyone (`public, s-maxage, stale-while-revalidate`), answers to a
 * signed-in user are `private, no-store`. Payload merges `req.responseHeaders` into the response.
 */
export const cacheHeadersAfterOperation =
  (api: ResolvedApiOptions): CollectionAfterOperationHook =>
  ({ collection, operation, req, result }) => {
    if (req.payloadAPI !== 'REST' || !READS.has(operation) || req.method?.toUpperCase() !== 'GET') return result
    // Only the collection's own REST routes (not a nested find inside another endpoint, which sets its own headers).
    if ((req.routeParams as undefined | { collection?: string })?.collection !== collection.slug) return result
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Cache-Control', cacheControl(req, api))
    headers.set('Vary', 'Authorization, Cookie')
    req.responseHeaders = headers
    return result
  }

/** The collections whose REST reads carry CDN cache headers (the public website reads them). */
// tests/e2e/public-api walks the access matrix: a collection anonymous callers read must be here.
export const PUBLIC_READ_COLLECTIONS: string[] = [
  SLUGS.contents,
  SLUGS.archiveAssets,
  SLUGS.campaigns,
  SLUGS.communicationPlans,
  SLUGS.brandAssets,
  SLUGS.transparencyItems,
]

/** Adds the hook to those collections of the config (installed by the plugin entry). */
export const withPublicCacheHeaders = (config: Config, api: ResolvedApiOptions, slugs = PUBLIC_READ_COLLECTIONS): Config['collections'] => {
  const hook = cacheHeadersAfterOperation(api)
  return (config.collections ?? []).map((collection) =>
    slugs.includes(collection.slug)
      ? { ...collection, hooks: { ...collection.hooks, afterOperation: [...(collection.hooks?.afterOperation ?? []), hook] } }
      : collection,
  )
}
