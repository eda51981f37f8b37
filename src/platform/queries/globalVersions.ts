import type { Endpoint, Payload, PayloadHandler, SanitizedCollectionConfig, SanitizedGlobalConfig } from 'payload'

import { validateQueryArgs } from './validateQuery.js'

const CHECKED = Symbol.for('pregonero.globalVersionQueries')
const numeric = (value: unknown) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)) ? Number(value) : undefined)

/**
 * Payload runs no hook before a global's `findVersions` and `findVersionByID`
 * (`GET /api/globals/<slug>/versions[/:id]`), so a malformed `where` there reached the database
 * (500). When Payload starts, their REST handlers get the same query check as every collection
 * operation (GraphQL types those arguments itself). Run for every global, the host's too.
 */
export const checkGlobalVersionQueries = (payload: Payload): void => {
  for (const global of payload.config.globals as SanitizedGlobalConfig[]) {
    if (!Array.isArray(global.endpoints)) continue
    global.endpoints = global.endpoints.map((endpoint: Endpoint) => {
      const handler = endpoint.handler as PayloadHandler & { [CHECKED]?: true }
      if (endpoint.method !== 'get' || !['/versions', '/versions/:id'].includes(endpoint.path) || handler[CHECKED]) return endpoint
      const checked: PayloadHandler = async (req) => {
        const query = (req.query ?? {}) as Record<string, unknown>
        validateQueryArgs(
          { collection: global as unknown as SanitizedCollectionConfig, req },
          {
            where: query.where,
            limit: numeric(query.limit) ?? (query.limit === undefined ? undefined : query.limit),
            page: numeric(query.page) ?? (query.page === undefined ? undefined : query.page),
            depth: numeric(query.depth),
            id: endpoint.path === '/versions/:id' ? req.routeParams?.id : undefined,
          },
        )
        return handler(req)
      }
      return { ...endpoint, handler: Object.assign(checked, { [CHECKED]: true as const }) }
    })
  }
}
