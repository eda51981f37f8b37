import { cloudflarePurge, purgeByMethod, webhookPurge } from 'pregonero/platform'

import { tr } from '../src/kernel/i18n/index.js'

type Env = Record<string, string | undefined>

const required = (env: Env, name: string): string => {
  const value = env[name]?.trim()
  if (!value) throw new Error(tr(null, 'cdnPurgeRequired', { name, kind: env.CDN_PURGE }))
  return value
}

/**
 * The Alcaldía's CDN purge, chosen by the environment (none by default):
 * - `CDN_PURGE=purge`: "PURGE <url>" to each URL, or to `CDN_PURGE_VIA` (the cache server's origin);
 * - `CDN_PURGE=cloudflare`: Cloudflare's purge API (`CLOUDFLARE_ZONE_ID`, `CLOUDFLARE_API_TOKEN`;
 *   `CLOUDFLARE_API_BASE` for a proxy or a test server);
 * - `CDN_PURGE=webhook`: `POST CDN_PURGE_URL` with `{ "urls": [...] }`.
 * `CDN_PURGE_RETRIES` (default 5): attempts of the purge job.
 */
export const cdnPurgeFromEnv = (env: Env = process.env) => {
  const retries = env.CDN_PURGE_RETRIES ? Number(env.CDN_PURGE_RETRIES) : undefined
  switch (env.CDN_PURGE) {
    case undefined:
    case '':
      return undefined
    case 'purge':
      return { adapter: purgeByMethod({ via: env.CDN_PURGE_VIA || undefined }), retries }
    case 'cloudflare':
      return {
        adapter: cloudflarePurge({ zoneId: required(env, 'CLOUDFLARE_ZONE_ID'), apiToken: required(env, 'CLOUDFLARE_API_TOKEN'), apiBase: env.CLOUDFLARE_API_BASE || undefined }),
        retries,
      }
    case 'webhook':
      return { adapter: webhookPurge({ url: required(env, 'CDN_PURGE_URL') }), retries }
    default:
      throw new Error(tr(null, 'cdnPurgeUnknown', { kind: env.CDN_PURGE }))
  }
}
