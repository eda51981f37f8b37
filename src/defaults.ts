import type { PregoneroOptions, ResolvedMonitoringOptions, ResolvedOptions } from './types.js'

import { BUILTIN_MENTION_MAPPINGS, BUILTIN_SOCIAL_MAPPINGS } from './monitoring/mappings.js'

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
  monitoring: resolveMonitoring(options.monitoring),
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
