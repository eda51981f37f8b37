import path from 'node:path'

import type { ApiOptions, ArchiveOptions, ComplianceOptions, PregoneroOptions, ResolvedApiOptions, ResolvedComplianceOptions, ResolvedMonitoringOptions, ResolvedOptions, ResolvedStorageOptions, ResolvedWorkflowOptions, SharedInvalidationOptions, StorageOptions, WorkflowOptions } from './types.js'
import type { SharedInvalidationSettings } from './features/publicApi/cache/shared/invalidationLog.js'

import { checksGate } from './features/checks/checksGate.js'
import { BUILTIN_MENTION_MAPPINGS, BUILTIN_SOCIAL_MAPPINGS } from './features/monitoring/mappings.js'
import { OFFICE_TIME_ZONE } from './kernel/time/officeDates.js'
import { trustProxyFrom } from './platform/rateLimit/clientIP.js'
import { processMemoryStore } from './platform/rateLimit/store.js'
import { DEFAULT_SLA, defaultContentTransitions, defaultRequestTransitions } from './features/workflow/tables.js'

/** The office's time zone when the options name none (the Alcaldía de Pasto's). */
export const DEFAULT_TIME_ZONE = OFFICE_TIME_ZONE

/** Sidebar groups by PHVA area (Planear, Hacer, Verificar, Actuar), plus archive and settings. */
export const GROUPS = {
  plan: { es: 'Planear', en: 'Plan' },
  do: { es: 'Hacer', en: 'Do' },
  check: { es: 'Verificar', en: 'Check' },
  act: { es: 'Actuar', en: 'Act' },
  archive: { es: 'Archivo', en: 'Archive' },
  settings: { es: 'Configuración', en: 'Settings' },
} as const

/** Applies the defaults once; everything downstream reads the resolved options. */
export const resolveOptions = (options: PregoneroOptions = {}): ResolvedOptions => ({
  enabled: options.enabled ?? true,
  serverURL: options.serverURL ?? process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000',
  institutionName: options.institutionName ?? 'Alcaldía de Pasto',
  timeZone: options.timeZone ?? options.monitoring?.timeZone ?? DEFAULT_TIME_ZONE,
  branding: {
    logo: options.branding?.logo ?? null,
    icon: options.branding?.icon ?? null,
    logoAlt: options.branding?.logoAlt ?? options.institutionName ?? 'Alcaldía de Pasto',
    officeName: options.branding?.officeName ?? `Oficina de Comunicaciones · ${options.institutionName ?? 'Alcaldía de Pasto'}`,
  },
  // ── public content API ──
  api: resolveApiOptions(options.api, options.institutionName ?? 'Alcaldía de Pasto'),
  jobsQueue: options.jobsQueue ?? 'pregonero',
  autoRunJobs: options.autoRunJobs ?? true,
  jobLease: {
    enabled: options.jobLease?.enabled ?? true,
    seconds: options.jobLease?.seconds ?? envNumber('PREGONERO_JOB_LEASE_SECONDS', 120, process.env),
  },
  overrides: options.overrides ?? {},
  // ── Notifications and external fact check (area: comms) ──
  notifications: {
    retries: options.notifications?.retries ?? 12,
    backoffSeconds: options.notifications?.backoffSeconds ?? 30,
    leaseSeconds: options.notifications?.leaseSeconds ?? 300,
  },
  factCheck: { expiryHours: options.factCheck?.expiryHours ?? 72 },
  // ─── planning (plan-measure-act area) ───
  planning: {
    finishedRequestStatuses: options.planning?.finishedRequestStatuses ?? ['delivered', 'closed', 'cancelled', 'rejected'],
    behindScheduleTolerance: options.planning?.behindScheduleTolerance ?? 10,
    checksCron: options.planning?.checksCron ?? '0 15 * * * *',
    digestCron: options.planning?.digestCron ?? '0 0 7 * * *',
    digestRecipients: options.planning?.digestRecipients ?? [],
    indicatorsCron: options.planning?.indicatorsCron ?? '0 0 7 1 * *',
    reportsCron: options.planning?.reportsCron ?? '0 0 8 1 * *',
    improvementActionDays: options.planning?.improvementActionDays ?? 30,
  },
  // ── workflow ──
  workflow: resolveWorkflowOptions(options.workflow),
  // ── monitoring ──
  monitoring: resolveMonitoring(options.monitoring, options.timeZone),
  // ── archive ──
  archive: resolveArchiveOptions(options.archive),
  // ── compliance ──
  compliance: resolveComplianceOptions(options.compliance),
})

// ─── compliance (issue 18) ─────────────────────────────────────────────────────────────────
const PETITION_FIELD_LIMITS = { name: 200, organization: 200, email: 254, phone: 40, subject: 200, description: 5000 } as const

const positiveInteger = (name: string, value: number): number => {
  if (!Number.isInteger(value) || value < 1) throw new Error(`pregonero: compliance.petitionForm.${name} must be a positive integer (got ${value})`)
  return value
}

/** Defaults of the `compliance` group: the public petition form's anti-abuse limits. */
export const resolveComplianceOptions = (compliance: ComplianceOptions = {}): ResolvedComplianceOptions => {
  const form = compliance.petitionForm ?? {}
  const fields = { ...PETITION_FIELD_LIMITS, ...form.fields }
  for (const [field, max] of Object.entries(fields)) positiveInteger(`fields.${field}`, max)
  const honeypot = form.honeypot ?? 'website'
  if (!honeypot.trim() || honeypot in fields) throw new Error(`pregonero: compliance.petitionForm.honeypot must be a field the form does not have (got "${honeypot}")`)
  return {
    petitionForm: {
      perIP: positiveInteger('perIP', form.perIP ?? 5),
      windowMs: positiveInteger('windowMs', form.windowMs ?? 60 * 60 * 1000),
      maxBodyBytes: positiveInteger('maxBodyBytes', form.maxBodyBytes ?? 16 * 1024),
      fields,
      honeypot,
    },
  }
}

// ---------------------------------------------------------------------------------------
// api group (issue 7): the public content API
// ---------------------------------------------------------------------------------------
const envNumber = (name: string, fallback: number, env: Record<string, string | undefined>): number => {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: debe ser un número >= 0 (se recibió "${raw}")`) // a boot error, read in the terminal: Spanish only
  return value
}

const sharedOption = (shared: boolean | SharedInvalidationOptions | undefined, env: Record<string, string | undefined>): false | SharedInvalidationOptions =>
  shared === undefined ? (env.PUBLIC_CACHE_SHARED === 'true' ? {} : false) : shared === true ? {} : shared

/** `api.publicCache.shared`: false (this process only), or the log's timings (env PUBLIC_CACHE_POLL_MS, PUBLIC_CACHE_CHECK_ON_READ). */
const resolveShared = (
  shared: false | SharedInvalidationOptions,
  env: Record<string, string | undefined>,
): null | SharedInvalidationSettings =>
  shared === false
    ? null
    : {
        pollMs: shared.pollMs ?? envNumber('PUBLIC_CACHE_POLL_MS', 100, env),
        checkOnRead: shared.checkOnRead ?? env.PUBLIC_CACHE_CHECK_ON_READ !== 'false',
        retainMs: shared.retainMs ?? 60_000,
      }

/** Defaults of the `api` options group; environment variables fill what the options leave out. */
export const resolveApiOptions = (
  api: ApiOptions = {},
  institutionName = 'Alcaldía de Pasto',
  env: Record<string, string | undefined> = process.env,
): ResolvedApiOptions => ({
  publicSiteURL: (api.publicSiteURL ?? env.PUBLIC_SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, ''),
  contentPathPrefix: api.contentPathPrefix ?? env.PUBLIC_CONTENT_PATH ?? '/noticias/',
  cache: {
    maxAge: api.cache?.maxAge ?? envNumber('CACHE_MAX_AGE', 60, env),
    sMaxAge: api.cache?.sMaxAge ?? envNumber('CACHE_S_MAXAGE', 300, env),
    staleWhileRevalidate: api.cache?.staleWhileRevalidate ?? envNumber('CACHE_SWR', 600, env),
  },
  feedSize: api.feedSize ?? 30,
  openData: {
    publisher: api.openData?.publisher ?? institutionName,
    license: api.openData?.license ?? 'Creative Commons Atribución-CompartirIgual 4.0 (CC BY-SA 4.0)',
    licenseURL: api.openData?.licenseURL ?? 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  rateLimit: {
    enabled: api.rateLimit?.enabled ?? env.RATE_LIMIT_ENABLED !== 'false',
    anonymousReads: {
      max: api.rateLimit?.anonymousReads?.max ?? envNumber('RATE_LIMIT_ANON_MAX', 300, env),
      windowMs: api.rateLimit?.anonymousReads?.windowMs ?? envNumber('RATE_LIMIT_ANON_WINDOW_MS', 60_000, env),
    },
    login: {
      perIP: api.rateLimit?.login?.perIP ?? envNumber('RATE_LIMIT_LOGIN_PER_IP', 20, env),
      perEmail: api.rateLimit?.login?.perEmail ?? envNumber('RATE_LIMIT_LOGIN_PER_EMAIL', 10, env),
      windowMs: api.rateLimit?.login?.windowMs ?? envNumber('RATE_LIMIT_LOGIN_WINDOW_MS', 15 * 60_000, env),
    },
    trustProxy: trustProxyFrom(api.rateLimit?.trustProxy ?? env.RATE_LIMIT_TRUST_PROXY),
    store: api.rateLimit?.store ?? processMemoryStore(),
  },
  anonymousGate: {
    enabled: api.anonymousGate?.enabled ?? env.ANON_GATE_ENABLED !== 'false',
    concurrency: Math.max(1, api.anonymousGate?.concurrency ?? envNumber('ANON_GATE_CONCURRENCY', 8, env)),
    perTurn: Math.max(1, api.anonymousGate?.perTurn ?? envNumber('ANON_GATE_PER_TURN', 2, env)),
    maxQueue: api.anonymousGate?.maxQueue ?? envNumber('ANON_GATE_MAX_QUEUE', 1000, env),
    maxWaitMs: api.anonymousGate?.maxWaitMs ?? envNumber('ANON_GATE_MAX_WAIT_MS', 20_000, env),
  },
  publicCache: {
    enabled: api.publicCache?.enabled ?? env.PUBLIC_CACHE_ENABLED !== 'false',
    maxBytes: api.publicCache?.maxBytes ?? envNumber('PUBLIC_CACHE_MAX_BYTES', 64 * 1024 * 1024, env),
    ttlSeconds: api.publicCache?.ttlSeconds ?? envNumber('PUBLIC_CACHE_TTL', 600, env),
    store: api.publicCache?.store,
    namespace: api.publicCache?.namespace ?? 'default',
    hitsPerTurn: api.publicCache?.hitsPerTurn ?? envNumber('PUBLIC_CACHE_HITS_PER_TURN', 16, env),
    shared: resolveShared(sharedOption(api.publicCache?.shared, env), env),
    cacheNotFound: api.publicCache?.cacheNotFound ?? env.PUBLIC_CACHE_NOT_FOUND !== 'false',
    // With read replicas (the reference app's DATABASE_READ_REPLICAS) answers read right after a
    // write may come from a replica behind it: not kept for 5 s after it.
    replicaLagMs: api.publicCache?.replicaLagMs ?? envNumber('PUBLIC_CACHE_REPLICA_LAG_MS', env.DATABASE_READ_REPLICAS?.trim() ? 5000 : 0, env),
    purge: api.publicCache?.purge ? { adapter: api.publicCache.purge.adapter, retries: api.publicCache.purge.retries ?? 5 } : null,
  },
})

// ─── archive (issue 4) ─────────────────────────────────────────────────────────────────────
/** The archive's default MIME allow-list: photos, video, audio, design files, documents. */
export const DEFAULT_ARCHIVE_MIME_TYPES = [
  'image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif', 'image/avif', 'image/heic',
  'video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska',
  'audio/mpeg', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/mp4', 'audio/flac', 'audio/x-flac',
  'application/pdf', 'image/svg+xml', 'image/vnd.adobe.photoshop', 'application/postscript', 'application/illustrator',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'text/plain', 'text/vtt', 'application/x-subrip',
]

/** `archive.storage`: the option, else the environment (`PREGONERO_S3_*`), else the local folder. */
const resolveStorage = (storage: StorageOptions = {}): ResolvedStorageOptions => {
  const env = process.env
  const s3 = storage.s3 === false ? undefined : storage.s3 ?? (env.PREGONERO_S3_BUCKET ? { bucket: env.PREGONERO_S3_BUCKET, endpoint: env.PREGONERO_S3_ENDPOINT, region: env.PREGONERO_S3_REGION, forcePathStyle: env.PREGONERO_S3_FORCE_PATH_STYLE ? env.PREGONERO_S3_FORCE_PATH_STYLE === 'true' : undefined, prefix: env.PREGONERO_S3_PREFIX } : undefined)
  const partMb = Number(env.PREGONERO_S3_MULTIPART_MB) || 64
  return {
    s3: s3
      ? { bucket: s3.bucket, endpoint: s3.endpoint ?? '', region: s3.region || 'us-east-1', forcePathStyle: s3.forcePathStyle ?? Boolean(s3.endpoint), prefix: s3.prefix ?? '', multipartPartSize: Math.max(s3.multipartPartSize ?? partMb * 1024 * 1024, 5 * 1024 * 1024) }
      : null,
    signedUrls: {
      enabled: storage.signedUrls?.enabled ?? env.PREGONERO_S3_SIGNED_URLS === 'true',
      expiresIn: storage.signedUrls?.expiresIn ?? (Number(env.PREGONERO_S3_SIGNED_URL_SECONDS) || 60),
    },
  }
}

const resolveArchiveOptions = (archive: ArchiveOptions = {}): ResolvedOptions['archive'] => ({
  mimeTypes: archive.mimeTypes ?? DEFAULT_ARCHIVE_MIME_TYPES,
  maxFileSize: archive.maxFileSize ?? 2 * 1024 ** 3,
  maxPixels: archive.maxPixels ?? 100_000_000,
  duplicatePolicy: archive.duplicatePolicy ?? 'refuse',
  renditions: archive.renditions ?? [
    { name: 'thumbnail', width: 300, height: 300 },
    { name: 'card', width: 640, height: 480 },
    { name: 'web', width: 1600, height: 0 },
    { name: 'social', width: 1080, height: 1080 },
    { name: 'og', width: 1200, height: 630 },
  ],
  mediaDir: archive.mediaDir ?? process.env.PREGONERO_MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
  licenceWarningDays: archive.licenceWarningDays ?? 30,
  storage: resolveStorage(archive.storage),
})

// ── monitoring (issue 5) ───────────────────────────────────────────────────────────
const resolveMonitoring = (m: PregoneroOptions['monitoring'] = {}, timeZone?: string): ResolvedMonitoringOptions => ({
  timeZone: m.timeZone ?? timeZone ?? DEFAULT_TIME_ZONE,
  spike: {
    factor: m.spike?.factor ?? 2,
    minimum: m.spike?.minimum ?? 3,
    trailingDays: m.spike?.trailingDays ?? 14,
    cron: m.spike?.cron ?? '0 0 * * * *',
  },
  engagementRateBase: m.engagementRateBase ?? 'reach',
  sqlFastPath: m.sqlFastPath ?? true,
  maxImportRows: m.maxImportRows ?? 50_000,
  backgroundAboveRows: Math.max(0, m.backgroundAboveRows ?? 2_000),
  importBatchRows: Math.max(1, m.importBatchRows ?? 500),
  csvMappings: {
    mentions: { ...BUILTIN_MENTION_MAPPINGS, ...m.csvMappings?.mentions },
    socialMetrics: { ...BUILTIN_SOCIAL_MAPPINGS, ...m.csvMappings?.socialMetrics },
  },
})

// ── workflow area ───────────────────────────────────────────────────────────────────────
/** Defaults of the workflow group (DESIGN.md machines, head publishes, SLA per product type). */
export const resolveWorkflowOptions = (options: WorkflowOptions = {}): ResolvedWorkflowOptions => {
  const publishRoles = options.publishRoles ?? ['head']
  const pick = <T>(value: ((d: T[]) => T[]) | T[] | undefined, defaults: T[]): T[] =>
    typeof value === 'function' ? value(defaults) : (value ?? defaults)
  return {
    publishRoles,
    requestTransitions: pick(options.requestTransitions, defaultRequestTransitions()),
    contentTransitions: pick(options.contentTransitions, defaultContentTransitions(publishRoles)),
    sla: { ...DEFAULT_SLA, ...options.sla },
    dueSoonDays: options.dueSoonDays ?? 2,
    approvalGates: options.approvalGates ?? [checksGate],
    measureAfterDays: options.measureAfterDays ?? 7,
  }
}
// ── end workflow area ───────────────────────────────────────────────────────────────────
