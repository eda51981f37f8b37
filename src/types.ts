import type { PayloadRequest } from 'payload'

import type { Role } from './access/roles.js'
import type { ProductType } from './vocabulary.js'
import type { TransitionRule } from './workflow/tables.js'

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
   * Cron of the indicator measurements (previous month; previous quarter when one just ended).
   * @default '0 0 2 1 * *' (1st of each month, 02:00)
   */
  indicatorsCron?: string
  /**
   * Cron of the monthly follow-up and measurement report (and the quarterly one on quarter starts).
   * @default '0 0 3 1 * *' (1st of each month, 03:00)
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
  [K in Exclude<keyof PregoneroOptions, 'workflow'>]-?: ResolvedGroup<NonNullable<PregoneroOptions[K]>>
} & { workflow: ResolvedWorkflowOptions }


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
   * @default DESIGN.md's machine (`defaultRequestTransitions()` in src/workflow/tables.ts)
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
   * @default DEFAULT_SLA in src/workflow/tables.ts (press release 2, coverage 1, audiovisual 10...)
   */
  sla?: Partial<Record<ProductType, number>>
  /**
   * An open request is "due soon" when at most this many working days remain.
   * @default 2
   */
  dueSoonDays?: number
  /**
   * Checks run on in-review → approved; any refusal blocks the approval (400).
   * @default []
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

