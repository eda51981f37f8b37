import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { createWork, failWork, finishWork, progressOf, runWork } from '../../../kernel/work/progress.js'
import { parsePeriod } from '../indicators/period.js'
import { generateReport } from './generate.js'

export const REPORT_TASK = 'planning-generate-report'

/** Queues a report's generation as a background job, with a `background-work` record its requester follows. */
export const queueReport = async (req: PayloadRequest, options: ResolvedOptions, period: string) => {
  const work = await createWork(req.payload, { kind: 'report', label: tr(req, 'workReportLabel', { period }), requestedBy: req.user?.id })
  const job = await req.payload.jobs.queue({ task: REPORT_TASK, input: { work: String(work.id), period }, queue: options.jobsQueue })
  return { work, job: job as unknown as { id: number | string } }
}

/**
 * The job's work: generates the report (steps done of the total), then stores its title and id as
 * the result. Under the work's lease (runWork): one run at a time, never again once done; a run
 * whose runner died is taken again when the lease runs out, and the run key makes it find the
 * report that run may already have made.
 */
export const runQueuedReport = async (req: PayloadRequest, options: ResolvedOptions, input: { work: string; period: string }) => {
  const work = { id: input.work }
  const run = await runWork(req, work.id, options.jobLease.seconds * 1000, async () => {
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
  })
  return run.ran ? run.value : { skipped: true }
}
