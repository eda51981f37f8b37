import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withAnonymousGate, withPublicCache } from 'pregonero/platform'

// Anonymous GraphQL queries (never mutations) are cached like REST reads; misses share the REST reads' gate.
export const POST = withPublicCache(config, withAnonymousGate(config, GRAPHQL_POST(config)), { graphql: true })
export const OPTIONS = REST_OPTIONS(config)
