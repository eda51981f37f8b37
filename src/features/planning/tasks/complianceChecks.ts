import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { runComplianceChecks } from '../checks.js'

/**
 * Compliance alerts of the plan-measure-act area (overdue requests by SLA, plan actions behind
 * schedule, overdue improvement actions, guideline reviews, overdue self-control checks).
 * Idempotent: a second run raises nothing new; deviations that are gone resolve themselves.
 */
export const complianceChecksTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroComplianceChecks',
  label: 'Pregonero: alertas de cumplimiento',
  retries: 2,
  inputSchema: [{ name: 'now', type: 'date' }],
  schedule: [{ cron: options.planning.checksCron, queue: options.jobsQueue }],
  handler: async ({ input, req }) => {
    const now = (input as { now?: string })?.now ? new Date(String((input as { now?: string }).now)) : new Date()
    const results = await runComplianceChecks(req, options, now)
    return { output: { results } }
  },
})
