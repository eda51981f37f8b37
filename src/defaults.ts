import path from 'node:path'

import type { ArchiveOptions, PregoneroOptions, ResolvedMonitoringOptions, ResolvedOptions, ResolvedWorkflowOptions, WorkflowOptions } from './types.js'

import { checksGate } from './checks/checksGate.js'
import { BUILTIN_MENTION_MAPPINGS, BUILTIN_SOCIAL_MAPPINGS } from './monitoring/mappings.js'
import { DEFAULT_SLA, defaultContentTransitions, defaultRequestTransitions } from './workflow/tables.js'

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
  jobsQueue: options.jobsQueue ?? 'pregonero',
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
    indicatorsCron: options.planning?.indicatorsCron ?? '0 0 2 1 * *',
    reportsCron: options.planning?.reportsCron ?? '0 0 3 1 * *',
    improvementActionDays: options.planning?.improvementActionDays ?? 30,
  },
  // ── workflow ──
  workflow: resolveWorkflowOptions(options.workflow),
  // ── monitoring ──
  monitoring: resolveMonitoring(options.monitoring),
  // ── archive ──
  archive: resolveArchiveOptions(options.archive),
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

const resolveArchiveOptions = (archive: ArchiveOptions = {}): Required<ArchiveOptions> => ({
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
})

// ── monitoring (issue 5) ───────────────────────────────────────────────────────────
const resolveMonitoring = (m: PregoneroOptions['monitoring'] = {}): ResolvedMonitoringOptions => ({
  timeZone: m.timeZone ?? 'America/Bogota',
  spike: {
    factor: m.spike?.factor ?? 2,
    minimum: m.spike?.minimum ?? 3,
    trailingDays: m.spike?.trailingDays ?? 14,
    cron: m.spike?.cron ?? '0 0 * * * *',
  },
  engagementRateBase: m.engagementRateBase ?? 'reach',
  sqlFastPath: m.sqlFastPath ?? true,
  maxImportRows: m.maxImportRows ?? 50_000,
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
