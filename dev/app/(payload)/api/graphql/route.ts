import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withAnonymousGate } from 'pregonero/platform'

// Anonymous GraphQL queries share the REST reads' gate.
export const POST = withAnonymousGate(config, GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
