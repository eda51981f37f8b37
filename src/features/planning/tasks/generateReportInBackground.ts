import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { REPORT_TASK, runQueuedReport } from '../reports/background.js'

/** `planning-generate-report`: a report generated on demand as a background job (POST …/reports/generate with `background: true`). */
export const generateReportInBackgroundTask = (options: ResolvedOptions): TaskConfig => ({
  slug: REPORT_TASK,
  label: 'Pregonero: informe en segundo plano',
  retries: 0,
  inputSchema: [
    { name: 'work', type: 'text', required: true },
    { name: 'period', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'json' }],
  handler: async ({ input, req }) => ({ output: { outcome: await runQueuedReport(req, options, input as { work: string; period: string }) } }),
})
