import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { isMethodOverrideRead, withAnonymousGate, withMethodOverrideBody, withPublicCache } from 'pregonero/platform'

// Anonymous public reads are answered from the cache when they can (exact invalidation on every
// write); the others wait their turn at the gate (at most a few at once); verified signed-in users never do.
export const GET = withPublicCache(config, withAnonymousGate(config, REST_GET(config)))
// A read sent as POST with X-Payload-HTTP-Method-Override: GET is a read too; its body must be JSON.
export const POST = withAnonymousGate(config, withMethodOverrideBody(REST_POST(config)), { only: isMethodOverrideRead })
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
