import type { PayloadRequest } from 'payload'

import { APIError, getLocalI18n } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { ImportPolicy, ImportResult } from './import.js'

import { hasRole, MENTION_EDITORS, SOCIAL_EDITORS } from '../../kernel/access/index.js'
import { tr } from '../../kernel/i18n/index.js'
import { claimWork, createWork, failWork, finishWork, progressOf } from '../../kernel/work/progress.js'
import { importMentions, importSocialMetrics } from './import.js'

export const IMPORT_TASK = 'monitoring-import-csv'

export type ImportKind = 'mentions' | 'social-metrics'
export type BackgroundImportArgs = { csv: string; mapping?: string; policy?: ImportPolicy; dryRun?: boolean; account?: string }

const what = (req: PayloadRequest | null, kind: ImportKind) => tr(req, kind === 'mentions' ? 'workWhatMentions' : 'workWhatMetrics')

/**
 * Queues a CSV import as a background job (large files): checks the caller's role now, records a
 * `background-work` entry they can follow (rows done out of the total) and queues the job that
 * runs the same importer. Returns the work record and the job.
 */
export const queueImport = async (req: PayloadRequest, options: ResolvedOptions, kind: ImportKind, args: BackgroundImportArgs) => {
  if (!hasRole(req.user, ...(kind === 'mentions' ? MENTION_EDITORS : SOCIAL_EDITORS))) {
    throw new APIError(tr(req, 'backgroundRoleRefused', { what: what(req, kind) }), 403, null, true)
  }
  const work = await createWork(req.payload, {
    kind,
    label: tr(req, 'workImportLabel', { what: what(req, kind), rows: Math.ceil(args.csv.length / 1024) }),
    requestedBy: req.user?.id,
  })
  const job = await req.payload.jobs.queue({
    task: IMPORT_TASK,
    // The requester's language: the job writes the row report they will read.
    input: { work: String(work.id), kind, ...args, language: req.i18n?.language === 'en' ? 'en' : 'es' },
    queue: options.jobsQueue,
  })
  return { work, job: job as unknown as { id: number | string } }
}

/** The job's work: runs the importer, storing its progress and, at the end, its result. Once per work record. */
export const runQueuedImport = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  input: { work: string; kind: ImportKind; language?: null | string } & BackgroundImportArgs,
) => {
  // The job's own request speaks the requester's language (its row report is theirs to read).
  if (input.language === 'en' || input.language === 'es') {
    req.i18n = await getLocalI18n({ config: req.payload.config, language: input.language })
    req.t = req.i18n.t
  }
  // Run twice (a retry, a second runner): only the run that takes the record does the work.
  const work = { id: input.work }
  if (!(await claimWork(req.payload, work.id))) return { skipped: true }
  try {
    const run = input.kind === 'mentions' ? importMentions : importSocialMetrics
    const result: ImportResult = await run(req, options, {
      csv: input.csv,
      mapping: input.mapping || undefined,
      policy: input.policy || undefined,
      dryRun: Boolean(input.dryRun),
      account: input.account || undefined,
      overrideAccess: true,
      onProgress: progressOf(req.payload, work.id),
    })
    const { createdIds: _ids, ...kept } = result
    await finishWork(req.payload, work.id, {
      total: result.totalRows,
      // The row report is kept whole up to a thousand rows (the rest are counted in the summary).
      result: { ...kept, rows: result.rows.slice(0, 1000) },
      summary: tr(req, 'workImportSummary', { total: result.totalRows, created: result.created, skipped: result.skipped, rejected: result.rejected }),
    })
    return { skipped: false, created: result.created }
  } catch (error) {
    await failWork(req.payload, work.id, error)
    return { skipped: false, failed: true }
  }
}
