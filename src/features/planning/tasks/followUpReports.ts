import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { parsePeriod, periodsClosedAt } from '../indicators/period.js'
import { generateReport } from '../reports/generate.js'

/**
 * Generates the follow-up and measurement report: for an explicit `period`, or, when scheduled,
 * the monthly report of the month that closed (and the quarterly one when a quarter closed).
 * Each report made by the job carries the key `job|<kind>|<period>` (unique): a retry, a second
 * runner, or a second run for the same period finds that report and makes no second version.
 */
export const followUpReportsTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroFollowUpReports',
  label: 'Pregonero: informes de seguimiento y medición',
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
      // The job makes THE report of a period: a retry, a second runner, a second scheduled or
      // queued run find it; a new version is made on demand (POST /api/pregonero/reports/generate).
      const runKey = `job|${period.frequency}|${period.label}`
      const report = await generateReport(req, options, period, { trigger: 'schedule', runKey })
      reports.push({ id: report.id, title: report.title })
    }
    return { output: { reports } }
  },
})
