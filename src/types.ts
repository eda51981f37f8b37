/**
 * Options of the `pregonero()` plugin. Every option is optional; the defaults live in
 * `src/defaults.ts` (`resolveOptions`), the one place they are set.
 */
export type PregoneroOptions = {
  /**
   * When false, the collections (with their access rules and hooks) are still added, so the
   * schema, migrations and safety rules stay the same, but the plugin's jobs and endpoints are
   * not installed (e.g. an instance that only serves reads).
   * @default true
   */
  enabled?: boolean
  /**
   * Absolute URL of the admin/API, used in links sent by e-mail.
   * @default process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * Name of the institution, shown in e-mails and reports.
   * @default 'Alcaldía de Pasto'
   */
  institutionName?: string
  /**
   * Queue name on which the plugin's jobs (notifications, checks, reports) run.
   * The app must run this queue (`jobs.autoRun` or `payload jobs:run`).
   * @default 'pregonero'
   */
  jobsQueue?: string

  // ---------------------------------------------------------------------------------------
  // api: the public content API (issue 7) — website conveniences, open data, rate limits
  // ---------------------------------------------------------------------------------------
  /** The public content API: website links, cache headers, open data and rate limits. */
  api?: ApiOptions
}

/** Options of the public content API (feeds, sitemap, open data, rate limiting). */
export type ApiOptions = {
  /**
   * Base URL of the public website, used for the links in feeds, the sitemap and open data.
   * A content's public address is `${publicSiteURL}${contentPathPrefix}${slug}`.
   * @default process.env.PUBLIC_SITE_URL ?? 'http://localhost:3000'
   */
  publicSiteURL?: string
  /**
   * Path, on the website, under which a content is served (`/noticias/` → `/noticias/<slug>`).
   * @default process.env.PUBLIC_CONTENT_PATH ?? '/noticias/'
   */
  contentPathPrefix?: string
  /**
   * Cache lifetimes (seconds) of anonymous responses of the plugin's endpoints, for a CDN:
   * `Cache-Control: public, max-age=<maxAge>, s-maxage=<sMaxAge>, stale-while-revalidate=<staleWhileRevalidate>`.
   * Authenticated responses are always `private, no-store`.
   * @default { maxAge: 60, sMaxAge: 300, staleWhileRevalidate: 600 } (env CACHE_MAX_AGE, CACHE_S_MAXAGE, CACHE_SWR)
   */
  cache?: { maxAge?: number; sMaxAge?: number; staleWhileRevalidate?: number }
  /**
   * How many items the feeds carry.
   * @default 30
   */
  feedSize?: number
  /**
   * Publisher and licence stated in the open-data metadata (Ley 1712 de 2014).
   * @default { publisher: institutionName, license: 'CC BY-SA 4.0 …' }
   */
  openData?: { publisher?: string; license?: string; licenseURL?: string }
  /** In-memory rate limits (per instance; see src/rateLimit/README.md for several instances). */
  rateLimit?: RateLimitOptions
}

export type RateLimitOptions = {
  /**
   * Turn rate limiting off altogether.
   * @default process.env.RATE_LIMIT_ENABLED !== 'false'
   */
  enabled?: boolean
  /**
   * Anonymous API reads (REST, GraphQL, the plugin's endpoints) allowed per client IP per window.
   * Authenticated users are never counted against it.
   * @default { max: Number(process.env.RATE_LIMIT_ANON_MAX ?? 300), windowMs: Number(process.env.RATE_LIMIT_ANON_WINDOW_MS ?? 60000) }
   */
  anonymousReads?: { max?: number; windowMs?: number }
  /**
   * Login attempts allowed per client IP and, separately, per e-mail, per window.
   * @default { perIP: 20, perEmail: 10, windowMs: 900000 } (env RATE_LIMIT_LOGIN_PER_IP, RATE_LIMIT_LOGIN_PER_EMAIL, RATE_LIMIT_LOGIN_WINDOW_MS)
   */
  login?: { perIP?: number; perEmail?: number; windowMs?: number }
  /**
   * Which `X-Forwarded-For` hop is the client: false → the LAST hop (what the nearest proxy saw,
   * e.g. nginx appending `$proxy_add_x_forwarded_for`; a forged first hop is ignored); true → the
   * FIRST hop (behind a CDN/proxy that replaces the header with a clean one).
   * @default process.env.RATE_LIMIT_TRUST_PROXY === 'true'
   */
  trustProxy?: boolean
}

/** The api group with every default applied. */
export type ResolvedApiOptions = {
  publicSiteURL: string
  contentPathPrefix: string
  cache: { maxAge: number; sMaxAge: number; staleWhileRevalidate: number }
  feedSize: number
  openData: { publisher: string; license: string; licenseURL: string }
  rateLimit: {
    enabled: boolean
    anonymousReads: { max: number; windowMs: number }
    login: { perIP: number; perEmail: number; windowMs: number }
    trustProxy: boolean
  }
}

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = Required<Omit<PregoneroOptions, 'api'>> & { api: ResolvedApiOptions }
