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
  // ── workflow area (request-to-publication workflow) ────────────────────────────────────
  /** The request-to-publication workflow: transition tables, who publishes, SLA, gates. */
  workflow?: WorkflowOptions
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

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = Required<PregoneroOptions> & { workflow: ResolvedWorkflowOptions }
