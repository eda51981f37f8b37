import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { parsePeriod, periodsClosedAt } from '../indicators/period.js'
import { generateReport } from '../reports/generate.js'

/**
 * Generates the follow-up and measurement report: for an explicit `period`, or, when scheduled,
 * the monthly report of the month that closed (and the quarterly one when a quarter closed).
 */
export const followUpReportsTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroFollowUpReports',
  label: 'Informes de seguimiento y medición / Follow-up reports',
  retries: 2,
  inputSchema: [{ name: 'period', type: 'text' }],
  schedule: [{ cron: options.planning.reportsCron, queue: options.jobsQueue }],
  handler: async ({ input, req }) => {
    const label = (input as { period?: string })?.period
    const periods = label
      ? [parsePeriod(label)]
      : periodsClosedAt(new Date()).filter((p) => p.frequency === 'monthly' || p.frequency === 'quarterly')
    const reports = []
    for (const period of periods) {
      const report = await generateReport(req, options, period, { trigger: 'schedule' })
      reports.push({ id: report.id, title: report.title })
    }
    return { output: { reports } }
  },
})
