import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { claimWork, createWork, failWork, finishWork, progressOf } from '../../../kernel/work/progress.js'
import { parsePeriod } from '../indicators/period.js'
import { generateReport } from './generate.js'

export const REPORT_TASK = 'planning-generate-report'

/** Queues a report's generation as a background job, with a `background-work` record its requester follows. */
export const queueReport = async (req: PayloadRequest, options: ResolvedOptions, period: string) => {
  const work = await createWork(req.payload, { kind: 'report', label: tr(req, 'workReportLabel', { period }), requestedBy: req.user?.id })
  const job = await req.payload.jobs.queue({ task: REPORT_TASK, input: { work: String(work.id), period }, queue: options.jobsQueue })
  return { work, job: job as unknown as { id: number | string } }
}

/** The job's work: generates the report (steps done of the total), then stores its title and id as the result. Once per record. */
export const runQueuedReport = async (req: PayloadRequest, options: ResolvedOptions, input: { work: string; period: string }) => {
  // Run twice (a retry, a second runner): only the run that takes the record does the work.
  const work = { id: input.work }
  if (!(await claimWork(req.payload, work.id))) return { skipped: true }
  try {
    // The run key makes a retry find the report this work already made.
    const report = await generateReport(req, options, parsePeriod(input.period), {
      trigger: 'on-demand',
      runKey: `background-work|${String(work.id)}`,
      onProgress: progressOf(req.payload, work.id),
    })
    await finishWork(req.payload, work.id, {
      total: 2,
      result: { id: report.id, title: report.title, version: report.version },
      summary: tr(null, 'workReportSummary', { title: report.title }),
    })
    return { skipped: false, report: report.id }
  } catch (error) {
    await failWork(req.payload, work.id, error)
    return { skipped: false, failed: true }
  }
}
