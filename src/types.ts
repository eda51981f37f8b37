import type { PayloadRequest } from 'payload'

import type { CollectionOverride } from '../collections/overrides.js'

import type { Role } from './kernel/access/roles.js'
import type { ProductType } from './kernel/vocabulary.js'
import type { TransitionRule } from './features/workflow/tables.js'
import type { TrustProxy } from './platform/rateLimit/clientIP.js'
import type { RateLimitStore } from './platform/rateLimit/store.js'
import type { PublicCacheSettings } from './features/publicApi/cache/publicCache.js'
import type { AnswerStore } from './features/publicApi/cache/store.js'
import type { PurgeAdapter } from './features/publicApi/cache/purge/adapters.js'

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
   * The office's time zone (IANA): the wall clock of scheduled publications typed in the admin,
   * the calendar, periods of reports and indicators, and dates in e-mails and exports.
   * @default 'America/Bogota'
   */
  timeZone?: string
  /**
   * The institution's identity in the admin (issue 15, item 10): its logo (login page) and icon
   * (navigation) in place of Payload's, and the office's name in every page title. `logo` and
   * `icon` are image URLs (e.g. files in the host's `public/`); without them the institution's name
   * and initials are shown.
   * @default { logo: null, icon: null, logoAlt: institutionName, officeName: 'Oficina de Comunicaciones · ' + institutionName }
   */
  branding?: { logo?: null | string; icon?: null | string; logoAlt?: string; officeName?: string }
  /**
   * Queue name on which the plugin's jobs (notifications, checks, reports) run.
   * The app must run this queue (`jobs.autoRun` or `payload jobs:run`).
   * @default 'pregonero'
   */
  jobsQueue?: string
  /**
   * Adds `jobs.autoRun` for the plugin's queue (every minute, 50 jobs) when the host's config has
   * none for it. `false` when a dedicated runner serves it (`npx payload jobs:run --queue pregonero`).
   * @default true
   */
  autoRunJobs?: boolean
  /**
   * Jobs across instances (src/platform/jobs/, installed by `pregoneroPlatform`): every runner claims
   * jobs atomically (a job is taken by one runner only), keeps a lease on the jobs it runs (their
   * `updatedAt`, renewed every third of the lease), and takes back a job left `processing` by a dead
   * instance once its lease ran out (Payload 3.90 never does). Env: `PREGONERO_JOB_LEASE_SECONDS`.
   */
  jobLease?: {
    /** @default true */
    enabled?: boolean
    /** @default 120 */
    seconds?: number
  }
  /**
   * Changes to one of the plugin's collections, by slug, as Payload's official plugins allow:
   * anything but the slug, and `fields: ({ defaultFields }) => fields`. The host's hooks run after
   * the plugin's; its access and admin settings win.
   */
  overrides?: Partial<Record<string, CollectionOverride>>

  // ── Notifications and external fact check (area: comms) ───────────────────────────────
  /** E-mail notifications of the workflow, sent by the `pregoneroSendNotification` job. */
  notifications?: {
    /**
     * How many times a notification job is retried when the mail server fails (then it stays
     * in the jobs collection with its error, and its delivery row says `failed`).
     * With exponential backoff from `backoffSeconds`, 12 retries cover about 34 hours.
     * @default 12
     */
    retries?: number
    /**
     * First retry delay in seconds; each retry waits twice as long as the previous one.
     * @default 30
     */
    backoffSeconds?: number
    /**
     * How long a worker holds a delivery while talking to the mail server; after it (a crashed
     * worker) another attempt may take the delivery over.
     * @default 300
     */
    leaseSeconds?: number
  }
  /** Fact check by an outside expert through a signed, single-use link. */
  factCheck?: {
    /**
     * Hours a fact-check link stays valid.
     * @default 72
     */
    expiryHours?: number
  }
  /** Plan, measure and act (plans, indicators, compliance alerts, reports). */
  planning?: PlanningOptions
  /** The request-to-publication workflow: transition tables, who publishes, SLA, gates. */
  workflow?: WorkflowOptions
  // ── monitoring (issue 5) ─────────────────────────────────────────────────────────
  /** Media, social and intranet monitoring: time zone, spike alert, CSV import mappings. */
  monitoring?: MonitoringOptions
  // ─── archive (issue 4): the audiovisual archive and the image manual ───────────────────────
  /** Ingest rules of `archive-assets`. */
  archive?: ArchiveOptions
  // ---------------------------------------------------------------------------------------
  // api: the public content API (issue 7) — website conveniences, open data, rate limits
  // ---------------------------------------------------------------------------------------
  /** The public content API: website links, cache headers, open data and rate limits. */
  api?: ApiOptions
  // ─── compliance (issue 18): Colombian public-sector duties ───────────────────────────────
  /** Colombian public-sector duties: the public petition form's anti-abuse limits. */
  compliance?: ComplianceOptions
}

/** Options of the Colombian public-sector duties (src/features/compliance). */
export type ComplianceOptions = {
  /** Anti-abuse limits of the public petition form, `POST /api/pregonero/petitions` (Ley 1755/2015). */
  petitionForm?: PetitionFormOptions
}

export type PetitionFormOptions = {
  /**
   * Petitions accepted per client IP (IPv6 by /64) per window; over it: 429 + `Retry-After`.
   * Counted in `api.rateLimit.store` (shared by several instances when that store is).
   * @default 5
   */
  perIP?: number
  /**
   * The window of `perIP`, in milliseconds.
   * @default 3600000 (one hour)
   */
  windowMs?: number
  /**
   * Largest JSON body, in bytes; over it: 413.
   * @default 16384
   */
  maxBodyBytes?: number
  /**
   * Longest value of each field, in characters; over it: 400 naming the field. Fields left out keep their default.
   * @default { name: 200, organization: 200, email: 254, phone: 40, subject: 200, description: 5000 }
   */
  fields?: Partial<Record<PetitionFormField, number>>
  /**
   * The honeypot: a field the form hides from people; a body that fills it is answered like a
   * success and stored nowhere. Must not be one of the form's fields.
   * @default 'website'
   */
  honeypot?: string
}

export type PetitionFormField = 'name' | 'organization' | 'email' | 'phone' | 'subject' | 'description'

export type ResolvedComplianceOptions = {
  petitionForm: { perIP: number; windowMs: number; maxBodyBytes: number; fields: Record<PetitionFormField, number>; honeypot: string }
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
  /** Rate limits of anonymous reads and logins (see src/platform/rateLimit/README.md, also for several instances). */
  rateLimit?: RateLimitOptions
  /**
   * Fairness under a crowd of anonymous readers: at most `concurrency` anonymous API reads are
   * worked on at once and at most `perTurn` start per turn of the event loop; the others wait in
   * arrival order (at most `maxQueue`, each at most `maxWaitMs`, then 503 + Retry-After). Requests
   * that carry credentials (session cookie or Authorization header) never wait, and short turns
   * let Node.js read their sockets and accept their connections, so editors are not starved.
   * Applied by the app's route files with `withAnonymousGate` (src/platform/fairness/); one gate per process.
   * @default { enabled: true, concurrency: 8, perTurn: 2, maxQueue: 1000, maxWaitMs: 20000 } (env ANON_GATE_ENABLED, ANON_GATE_CONCURRENCY, ANON_GATE_PER_TURN, ANON_GATE_MAX_QUEUE, ANON_GATE_MAX_WAIT_MS)
   */
  anonymousGate?: AnonymousGateOptions
  /**
   * The cache of anonymous answers (src/features/publicApi/cache/README.md): public REST lists and
   * documents, GraphQL queries without credentials, feeds, sitemap, by-slug, listing and open data
   * are answered from memory once read, with `ETag`/304, and dropped exactly when a document they
   * show (or that could now appear in them) changes, or a consent/licence they depend on ends.
   * Applied by the app's route files with `withPublicCache` (pregonero/platform); requests with
   * verified credentials never touch it.
   * @default { enabled: true, maxBytes: 64 MiB, ttlSeconds: 600, namespace: 'default', hitsPerTurn: 16 } (env PUBLIC_CACHE_ENABLED, PUBLIC_CACHE_MAX_BYTES, PUBLIC_CACHE_TTL, PUBLIC_CACHE_HITS_PER_TURN)
   */
  publicCache?: PublicCacheOptions
}

export type PublicCacheOptions = {
  enabled?: boolean
  /** Bound of the memory store, in bytes (least recently used answers are evicted). */
  maxBytes?: number
  /** Longest life of an answer, in seconds. */
  ttlSeconds?: number
  /**
   * A store shared by several instances (implement `AnswerStore`: its `invalidate` must reach
   * every instance). Default: this process's memory.
   */
  store?: AnswerStore
  /** Separates the answers of several Payload configs in one process. */
  namespace?: string
  /** Answers served from the cache per turn of the event loop; the rest wait a turn (keeps turns short under a crowd). */
  hitsPerTurn?: number
  /**
   * With PostgreSQL read replicas: for this long after a write, the answers it invalidated are
   * served but not kept again (a replica may not have replayed the write yet). Set it above the
   * replicas' worst lag.
   * @default 5000 when DATABASE_READ_REPLICAS is set, else 0 (env PUBLIC_CACHE_REPLICA_LAG_MS)
   */
  replicaLagMs?: number
  /**
   * CDN purge: after a write commits, the public URLs it made stale are handed to `adapter`
   * through the job `publicCachePurge` (retried `retries` times by the jobs queue). Ready adapters
   * in pregonero/platform: `purgeByMethod()` ("PURGE <url>"), `cloudflarePurge({ zoneId, apiToken })`,
   * `webhookPurge({ url })`. Default: no purge.
   */
  purge?: { adapter: PurgeAdapter; retries?: number }
  /**
   * Several instances behind one balancer: each keeps its answers in its own memory (or `store`),
   * and every committed write is appended to an invalidation log in the database the instances
   * already share (Payload's `kv` API: the `payload-kv` collection by default), which each instance
   * reads on a timer and — `checkOnRead` — before serving a cached answer. `true` takes the defaults.
   * @default process.env.PUBLIC_CACHE_SHARED === 'true' ? {} : false
   */
  shared?: boolean | SharedInvalidationOptions
  /**
   * Cache 404 answers (a slug or id that does not exist, or that the public cannot see), dropped
   * by the same tags: the moment such a document is created or published, the 404 goes.
   * @default process.env.PUBLIC_CACHE_NOT_FOUND !== 'false'
   */
  cacheNotFound?: boolean
}

export type SharedInvalidationOptions = {
  /** How often each instance reads the log even when nobody reads answers (ms). @default 100 (env PUBLIC_CACHE_POLL_MS) */
  pollMs?: number
  /**
   * Read the log's generation (one key) before serving a cached answer; concurrent reads share one
   * read that started after they arrived. Then no read that starts after a write returned, on any
   * instance, gets an answer that write made stale. Off: stale for at most `pollMs` plus one read.
   * @default true (env PUBLIC_CACHE_CHECK_ON_READ=false turns it off)
   */
  checkOnRead?: boolean
  /** How long entries stay in the log (ms). @default 60000 */
  retainMs?: number
}

export type AnonymousGateOptions = { enabled?: boolean; concurrency?: number; perTurn?: number; maxQueue?: number; maxWaitMs?: number }

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
   * Which proxies may say who the client is (src/platform/rateLimit/clientIP.ts). `false`: none — the
   * client is the socket address and a client's own `X-Forwarded-For` moves nothing. A number N:
   * N proxies in front append to `X-Forwarded-For` (nginx `$proxy_add_x_forwarded_for`); the
   * client is the address the outermost one saw. A list of addresses/CIDRs: hops from those
   * proxies are skipped, from the socket outwards. (`true` is refused: it would believe anyone.)
   * @default process.env.RATE_LIMIT_TRUST_PROXY (a number or a comma-separated list), else false
   */
  trustProxy?: false | number | string[]
  /**
   * Where the counters live. The default keeps them in the memory of this process (one store per
   * process, fixed windows): right for ONE instance. A deployment with several instances behind a
   * load balancer must pass a store they share (implement `hit()` on Redis, MongoDB, …: see
   * src/platform/rateLimit/README.md) or rate-limit at the reverse proxy/CDN; otherwise each instance
   * counts on its own and a client gets up to N × the budget.
   * @default processMemoryStore() (src/platform/rateLimit/store.ts)
   */
  store?: RateLimitStore
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
    trustProxy: TrustProxy
    store: RateLimitStore
  }
  anonymousGate: Required<AnonymousGateOptions>
  publicCache: PublicCacheSettings & { purge: null | { adapter: PurgeAdapter; retries: number } }
}

/** Ingest rules of the audiovisual archive (`archive-assets`). */
export type ArchiveOptions = {
  /**
   * MIME types accepted (the real content is sniffed and must match the declared type).
   * @default photos (jpeg, png, webp, tiff, gif, heic/avif), video (mp4, quicktime, webm, x-matroska),
   * audio (mpeg, wav, ogg, mp4, flac), design files (pdf, svg, photoshop, illustrator/postscript) and
   * documents (pdf, docx, xlsx, pptx, odt, plain text, WebVTT/SRT captions)
   */
  mimeTypes?: string[]
  /**
   * Largest file accepted, in bytes.
   * @default 2 GiB (2_147_483_648)
   */
  maxFileSize?: number
  /**
   * Largest image accepted, in pixels (width × height): a decompression bomb is refused before decoding.
   * @default 100_000_000 (100 megapixels)
   */
  maxPixels?: number
  /**
   * What happens when the uploaded file is already in the archive (same SHA-256): `'refuse'` answers
   * 409 naming the existing asset; `'link'` answers 409 too, but with the existing asset's id in
   * `data.existing` so the client links to it instead of storing a copy.
   * @default 'refuse'
   */
  duplicatePolicy?: 'link' | 'refuse'
  /**
   * Renditions of images (sharp), with the focal point: name → width × height (height 0 keeps the ratio).
   * @default thumbnail 300×300, card 640×480, web 1600×0, social 1080×1080, og 1200×630
   */
  renditions?: Array<{ name: string; width: number; height: number }>
  /**
   * Directory where files are stored (originals under `archive/`, kept originals under
   * `archive-originals/`, brand assets under `brand/`).
   * @default process.env.PREGONERO_MEDIA_DIR ?? '<cwd>/media'
   */
  mediaDir?: string
  /**
   * Where the archive's and the brand assets' files are stored (src/kernel/storage/): the `mediaDir`
   * folder, or an S3-compatible bucket (AWS S3, MinIO, Ceph…). Credentials are never an option: they
   * come from the environment (`PREGONERO_S3_ACCESS_KEY_ID` / `PREGONERO_S3_SECRET_ACCESS_KEY`, or the
   * AWS SDK's chain: `AWS_ACCESS_KEY_ID`…, a profile, the machine's role).
   * @default S3 when `PREGONERO_S3_BUCKET` is set (with `PREGONERO_S3_ENDPOINT`, `PREGONERO_S3_REGION`,
   * `PREGONERO_S3_FORCE_PATH_STYLE`, `PREGONERO_S3_PREFIX`), the local `mediaDir` otherwise
   */
  storage?: StorageOptions
  /**
   * Days before a licence's expiry when the licence-expiry job raises its alert.
   * @default 30
   */
  licenceWarningDays?: number
}

/** The storage of files (`archive.storage`). */
export type StorageOptions = {
  /** An S3-compatible bucket; `false` forces the local folder even when `PREGONERO_S3_BUCKET` is set. */
  s3?: false | S3Options
  /**
   * Files of an S3 store are answered, after the access check, by a redirect (302) to a presigned
   * GET URL valid for `expiresIn` seconds instead of being streamed through the app. The bucket stays
   * private. Ignored on the local folder (the app streams the file).
   * @default { enabled: process.env.PREGONERO_S3_SIGNED_URLS === 'true', expiresIn: 60 }
   */
  signedUrls?: { enabled?: boolean; expiresIn?: number }
}

export type S3Options = {
  bucket: string
  /** An S3-compatible server's URL (MinIO, Ceph RGW); empty for AWS S3. */
  endpoint?: string
  /** @default 'us-east-1' */
  region?: string
  /** Path-style URLs (`endpoint/bucket/key`), which MinIO, Ceph and most non-AWS servers need. @default true with an endpoint */
  forcePathStyle?: boolean
  /** A key prefix inside the bucket (one bucket for several offices). @default '' */
  prefix?: string
  /**
   * Bytes of one part of a multipart upload: a larger object is uploaded by parts (4 at a time), and
   * an object over 5 GiB is copied by parts. Never under 5 MiB (S3's minimum); grown for an object so
   * large that it would need more than 10 000 parts.
   * @default `PREGONERO_S3_MULTIPART_MB` MiB, else 64 MiB
   */
  multipartPartSize?: number
}

export type ResolvedS3Options = Required<S3Options>
export type ResolvedStorageOptions = { s3: null | ResolvedS3Options; signedUrls: { enabled: boolean; expiresIn: number } }

// ── monitoring (issue 5) ───────────────────────────────────────────────────────────
/**
 * How the columns of a CSV export map to the fields of `media-mentions` or `social-metrics`.
 * Each field lists the header names that may carry it (compared case-, accent- and
 * space-insensitively); the first header present in the file wins.
 */
export type CsvMapping = {
  /** Human name shown in import reports: text, or `{ es, en }` for each reader's language. */
  label?: string | { es: string; en: string }
  /** field name → accepted header names. Fields: see docs/monitoring.md. */
  columns: Record<string, string[]>
  /**
   * Fields computed as the sum of several columns (those present in the file) when the field's
   * own column is absent, e.g. `{ engagements: ['Likes', 'Comments', 'Shares'] }`.
   */
  sumColumns?: Record<string, string[]>
  /**
   * How to read ambiguous slash dates (`03/04/2026`). ISO dates (`2026-04-03`) and
   * English month names (`Apr 3, 2026`) are always understood.
   * @default 'DD/MM/YYYY'
   */
  dateOrder?: 'DD/MM/YYYY' | 'MM/DD/YYYY'
  /** Values applied to every row whose column is absent or empty (e.g. `{ sentiment: 'neutral' }`). */
  defaults?: Record<string, string>
}

export type MonitoringOptions = {
  /**
   * Time zone in which a mention's or a read's calendar day is taken.
   * @default 'America/Bogota'
   */
  timeZone?: string
  /** Negative-mention spike alert (job `monitoring-negative-spike`). */
  spike?: {
    /**
     * A day is a spike when its negative mentions exceed `factor` × the trailing daily average.
     * @default 2
     */
    factor?: number
    /**
     * …and are at least this many (so 1 negative after a quiet fortnight is no spike).
     * @default 3
     */
    minimum?: number
    /**
     * Days before the checked day that make the trailing average.
     * @default 14
     */
    trailingDays?: number
    /**
     * When the check runs (6-field cron allowed); `false` disables the schedule.
     * @default '0 0 * * * *' (hourly)
     */
    cron?: false | string
  }
  /**
   * Denominator of the engagement rate: engagements / reach (default) or / impressions.
   * @default 'reach'
   */
  engagementRateBase?: 'impressions' | 'reach'
  /**
   * Use an SQL fast path (GROUP BY through `payload.db.drizzle`) for the derived figures and
   * multi-row INSERTs for imports on SQLite and PostgreSQL; other adapters (MongoDB) always use
   * the neutral Payload `count`/`find`/`create` path.
   * @default true
   */
  sqlFastPath?: boolean
  /**
   * Largest CSV file accepted by an import, in data rows.
   * @default 50000
   */
  maxImportRows?: number
  /**
   * A CSV import with more data rows than this runs as a background job whatever the caller
   * asked (the endpoint answers 202 with the `background-work` record to follow); smaller files
   * are imported inside the request (unless `background=true`). `0`: every import is a job.
   * @default 2000
   */
  backgroundAboveRows?: number
  /**
   * Rows a background import writes per transaction; after each batch it records a checkpoint,
   * from which a run whose runner died resumes.
   * @default 500
   */
  importBatchRows?: number
  /**
   * Extra or replacement CSV mappings, by name. Built-in names: mentions `generic`;
   * social metrics `generic`, `meta`, `x`, `youtube` (docs/monitoring.md). A mapping given here
   * with a built-in name replaces it.
   * @default {}
   */
  csvMappings?: { mentions?: Record<string, CsvMapping>; socialMetrics?: Record<string, CsvMapping> }
}

export type ResolvedMonitoringOptions = {
  timeZone: string
  spike: { factor: number; minimum: number; trailingDays: number; cron: false | string }
  engagementRateBase: 'impressions' | 'reach'
  sqlFastPath: boolean
  maxImportRows: number
  backgroundAboveRows: number
  importBatchRows: number
  csvMappings: { mentions: Record<string, CsvMapping>; socialMetrics: Record<string, CsvMapping> }
}

// ─── planning (plan-measure-act area) ────────────────────────────────────────
/** Options of the plan-measure-act area. */
export type PlanningOptions = {
  /**
   * Request statuses that count as finished: a request in any other status past its dueDate is overdue.
   * @default ['delivered', 'closed', 'cancelled', 'rejected']
   */
  finishedRequestStatuses?: string[]
  /**
   * Percentage points a plan action may lag behind its expected (linear) progress before an alert.
   * @default 10
   */
  behindScheduleTolerance?: number
  /**
   * Cron (6 fields) of the compliance checks (overdue requests, plan actions, improvement actions,
   * guideline reviews, risk controls).
   * @default '0 15 * * * *' (hourly)
   */
  checksCron?: string
  /**
   * Cron of the head's digest e-mail of new alerts.
   * @default '0 0 7 * * *' (daily 07:00)
   */
  digestCron?: string
  /**
   * Extra addresses of the alert digest, besides every active user with the `head` role.
   * @default []
   */
  digestRecipients?: string[]
  /**
   * Cron (server time) of the indicator measurements (previous month; previous quarter when one
   * just ended). Periods follow the America/Bogota calendar: the default, 07:00 on the 1st, is
   * after Bogota midnight whether the server runs on UTC or on Bogota time.
   * @default '0 0 7 1 * *' (1st of each month, 07:00)
   */
  indicatorsCron?: string
  /**
   * Cron (server time) of the monthly follow-up and measurement report (and the quarterly one on
   * quarter starts); after Bogota midnight, as above.
   * @default '0 0 8 1 * *' (1st of each month, 08:00)
   */
  reportsCron?: string
  /**
   * Days after which a materialised risk's improvement action falls due.
   * @default 30
   */
  improvementActionDays?: number
}

/** An option group with its members required (one level deep); scalars and lists as they are. */
type ResolvedGroup<V> = V extends readonly unknown[] | ((...args: never[]) => unknown) ? V : V extends object ? Required<V> : V

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = {
  [K in Exclude<keyof PregoneroOptions, 'workflow' | 'monitoring' | 'archive' | 'api' | 'compliance'>]-?: ResolvedGroup<NonNullable<PregoneroOptions[K]>>
} & {
  workflow: ResolvedWorkflowOptions
  monitoring: ResolvedMonitoringOptions
  archive: Required<Omit<ArchiveOptions, 'storage'>> & { storage: ResolvedStorageOptions }
  api: ResolvedApiOptions
  compliance: ResolvedComplianceOptions
}


// ── workflow area ───────────────────────────────────────────────────────────────────────
/**
 * A check that must pass before a content moves from `in-review` to `approved` (brand,
 * accessibility, consent...). Returns null/undefined when it passes, or the reason it refuses
 * (bilingual). Runs inside the transition's transaction (use `req`).
 */
export type ApprovalGate = (args: {
  req: PayloadRequest
  /** The content as it will be after the change. */
  data: Record<string, unknown>
  originalDoc: Record<string, unknown>
}) => null | Promise<null | string | undefined> | string | undefined

export type WorkflowOptions = {
  /**
   * The request machine. A function receives the defaults and returns the table to use.
   * @default DESIGN.md's machine (`defaultRequestTransitions()` in src/features/workflow/tables.ts)
   */
  requestTransitions?: ((defaults: TransitionRule[]) => TransitionRule[]) | TransitionRule[]
  /**
   * The content machine. A function receives the defaults (built with `publishRoles`).
   * @default DESIGN.md's machine (`defaultContentTransitions(publishRoles)`)
   */
  contentTransitions?: ((defaults: TransitionRule[]) => TransitionRule[]) | TransitionRule[]
  /**
   * Roles that publish (approved → published), force-publish and unpublish.
   * @default ['head']
   */
  publishRoles?: Role[]
  /**
   * SLA per product type in Colombian working days, counted from acceptance; a request's
   * due date uses the largest SLA among its products. Merged over the defaults.
   * @default DEFAULT_SLA in src/features/workflow/tables.ts (press release 2, coverage 1, audiovisual 10...)
   */
  sla?: Partial<Record<ProductType, number>>
  /**
   * An open request is "due soon" when at most this many working days remain.
   * @default 2
   */
  dueSoonDays?: number
  /**
   * Checks run on in-review → approved; any refusal blocks the approval (400).
   * @default [checksGate] (src/features/checks/checksGate.ts: brand, accessibility, consent, neutral brand)
   */
  approvalGates?: ApprovalGate[]
  /**
   * Days after publication when the content's measurement job runs.
   * @default 7
   */
  measureAfterDays?: number
}

export type ResolvedWorkflowOptions = {
  requestTransitions: TransitionRule[]
  contentTransitions: TransitionRule[]
  publishRoles: Role[]
  sla: Record<ProductType, number>
  dueSoonDays: number
  approvalGates: ApprovalGate[]
  measureAfterDays: number
}
// ── end workflow area ───────────────────────────────────────────────────────────────────

