export { pregoneroPlatform } from '../platform/index.js'

/**
 * `pregonero/platform`: what the plugin cannot install by itself and a host applies in its own
 * app files (Next.js route wrappers and proxy): the cache of anonymous answers (and its CDN purge
 * adapters), the fair gate for anonymous reads, the admin's
 * Content-Security-Policy, and rate-limit stores.
 */
export { adminContentSecurityPolicy, createNonce } from '../platform/contentSecurityPolicy.js'
export { isMethodOverrideRead, withAnonymousGate } from '../platform/fairness/withAnonymousGate.js'
export { withPublicCache } from '../features/publicApi/cache/withPublicCache.js'
export { frontDoorOf, type FrontDoor } from '../features/publicApi/cache/frontDoor.js'
export { createMemoryAnswerStore, publicCacheFor, type AnswerStore, type CachedAnswer } from '../features/publicApi/cache/index.js'
export { cloudflarePurge, purgeByMethod, webhookPurge, type PurgeAdapter } from '../features/publicApi/cache/purge/adapters.js'
export { withMethodOverrideBody } from '../platform/queries/methodOverride.js'
export { installPeerAddress } from '../platform/rateLimit/peerAddress.js'
export { createMemoryStore, type RateLimitResult, type RateLimitStore } from '../platform/rateLimit/store.js'
export { databaseRateLimitStore, type DatabaseRateLimitStore } from '../platform/rateLimit/databaseStore.js'
export { mongoTransactionOptions, requireMongoReplicaSet } from '../platform/database/mongoTransactions.js'
export { installGracefulShutdown, type GracefulShutdown, type GracefulShutdownOptions } from '../platform/shutdown/gracefulShutdown.js'
