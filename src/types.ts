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
}

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = Required<PregoneroOptions>
