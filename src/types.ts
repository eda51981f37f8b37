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
  // ── monitoring (issue 5) ─────────────────────────────────────────────────────────
  /** Media, social and intranet monitoring: time zone, spike alert, CSV import mappings. */
  monitoring?: MonitoringOptions
}

// ── monitoring (issue 5) ───────────────────────────────────────────────────────────
/**
 * How the columns of a CSV export map to the fields of `media-mentions` or `social-metrics`.
 * Each field lists the header names that may carry it (compared case-, accent- and
 * space-insensitively); the first header present in the file wins.
 */
export type CsvMapping = {
  /** Human name shown in import reports. */
  label?: string
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
   * Use an SQL fast path (GROUP BY through `payload.db.drizzle`) for the derived figures on SQLite;
   * other adapters always use the neutral Payload `count`/`find` path.
   * @default true
   */
  sqlFastPath?: boolean
  /**
   * Largest CSV file accepted by an import, in data rows.
   * @default 50000
   */
  maxImportRows?: number
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
  csvMappings: { mentions: Record<string, CsvMapping>; socialMetrics: Record<string, CsvMapping> }
}

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = Required<Omit<PregoneroOptions, 'monitoring'>> & {
  monitoring: ResolvedMonitoringOptions
}
