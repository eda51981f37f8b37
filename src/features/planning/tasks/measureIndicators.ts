import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { measurePeriod } from '../indicators/measure.js'
import { parsePeriod, periodsClosedAt } from '../indicators/period.js'

/**
 * Writes indicator measurements: for an explicit `period` (YYYY-MM, YYYY-Qn, YYYY-Sn, YYYY), or,
 * when scheduled, for every period that just closed (the previous month; the previous quarter,
 * semester or year on their boundaries). The only writer of `indicator-measurements`.
 */
export const measureIndicatorsTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroMeasureIndicators',
  label: 'Pregonero: medición de indicadores',
  retries: 2,
  inputSchema: [{ name: 'period', type: 'text' }],
  schedule: [{ cron: options.planning.indicatorsCron, queue: options.jobsQueue }],
  handler: async ({ input, req }) => {
    const label = (input as { period?: string })?.period
    const periods = label ? [parsePeriod(label)] : periodsClosedAt(new Date())
    const results = []
    for (const period of periods) {
      results.push({ period: period.label, ...(await measurePeriod(req, period, { finishedRequestStatuses: options.planning.finishedRequestStatuses })) })
    }
    return { output: { results } }
  },
})
