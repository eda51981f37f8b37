import type { PayloadRequest } from 'payload'

import { APIError, getLocalI18n } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { ImportPlan, ImportPolicy, ImportResult } from './import.js'

import { hasRole, MENTION_EDITORS, SOCIAL_EDITORS } from '../../kernel/access/index.js'
import { tr } from '../../kernel/i18n/index.js'
import { LeaseLost } from '../../kernel/jobs/lease.js'
import { checkpointWork, createWork, failWork, finishWork, runWork, type WorkRecord } from '../../kernel/work/progress.js'
import { notYetRecorded, planMentions, planSocialMetrics, writeRows } from './import.js'

export const IMPORT_TASK = 'monitoring-import-csv'

export type ImportKind = 'mentions' | 'social-metrics'
export type BackgroundImportArgs = { csv: string; mapping?: string; policy?: ImportPolicy; dryRun?: boolean; account?: string }

const what = (req: PayloadRequest | null, kind: ImportKind) => tr(req, kind === 'mentions' ? 'workWhatMentions' : 'workWhatMetrics')

/**
 * Data rows of a CSV (records after the header, blank lines ignored), counted in one pass without
 * parsing: a line break inside a quoted cell does not end a record. Decides, before any parsing,
 * whether an import runs as a job and whether it is over `maxImportRows`.
 */
export const csvRowCount = (csv: string): number => {
  let records = 0
  let blank = true
  let quoted = false
  for (let i = 0; i < csv.length; i++) {
    const c = csv.charCodeAt(i)
    if (c === 34) quoted = !quoted // '"' ('""' inside a quoted cell toggles twice)
    if (c === 10 && !quoted) {
      if (!blank) records++
      blank = true
    } else if (blank && c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) blank = false
  }
  if (!blank) records++
  return Math.max(0, records - 1)
}

/**
 * Queues a CSV import as a background job (large files): checks the caller's role now, records a
 * `background-work` entry they can follow (rows done out of the total) and queues the job that
 * runs the importer. Returns the work record and the job.
 * The CSV travels once, in the job's input (bounded: `maxImportRows` rows and 25 MB, checked by
 * the endpoint); the work record stays small because its requester polls it every second.
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

/**
 * What a background import keeps on its work record (`result`) while it writes: the row report
 * of the first run's check and the rows landed so far. Written in the transaction of each batch.
 */
type Checkpoint = { phase: 'writing'; report: Omit<ImportResult, 'createdIds'>; created: number; resumedFrom: number[] }

const checkpointOf = (work: WorkRecord): Checkpoint | null => {
  const result = work.result as Partial<Checkpoint> | null | undefined
  return result && result.phase === 'writing' && result.report ? (result as Checkpoint) : null
}

/** The row report kept on the work record: whole up to a thousand rows (the rest are counted in the summary). */
const reportOf = ({ createdIds: _ids, ...result }: ImportResult): Omit<ImportResult, 'createdIds'> => ({ ...result, rows: result.rows.slice(0, 1000) })

type QueuedImportInput = { work: string; kind: ImportKind; language?: null | string } & BackgroundImportArgs

/**
 * The job's work, under the work record's lease (runWork): one run at a time; a run whose runner
 * died is taken again once the lease runs out, and resumes.
 * 1. The whole file is read and every row checked (the row report), nothing written.
 * 2. Dry run, `all-or-nothing` with a rejected row, or nothing new: the work ends, nothing written.
 * 3. Otherwise the rows land in batches of `monitoring.importBatchRows`, each in its own
 *    transaction together with the checkpoint (rows landed, rows settled of the total) on the
 *    work record. A resumed run checks the file again: the rows earlier runs landed are now
 *    recorded (duplicate keys), so it writes only the rest, and keeps the first run's report.
 *    Once batches have started, an interruption resumes; it never rolls back the landed batches.
 */
export const runQueuedImport = async (req: PayloadRequest, options: ResolvedOptions, input: QueuedImportInput) => {
  // The job's own request speaks the requester's language (its row report is theirs to read).
  if (input.language === 'en' || input.language === 'es') {
    req.i18n = await getLocalI18n({ config: req.payload.config, language: input.language })
    req.t = req.i18n.t
  }
  const id = input.work
  const run = await runWork(req, id, options.jobLease.seconds * 1000, async (work, lease) => {
    try {
      const plan = await planOf(req, options, input, lease.renew)
      const total = plan.result.totalRows
      let checkpoint = checkpointOf(work)
      if (!checkpoint) {
        if (plan.result.dryRun || plan.blocked || plan.items.length === 0) return await finish(req, id, { ...plan.result, createdIds: [] })
        checkpoint = { phase: 'writing', report: reportOf(plan.result), created: 0, resumedFrom: [] }
        // The report and the total are kept before the first batch (no transaction open: at once).
        await checkpointWork(req, id, { done: plan.result.totalRows - plan.result.valid, total, result: checkpoint })
      } else {
        // Resumed: the rows checked now as new are the ones no earlier run landed.
        checkpoint = { ...checkpoint, resumedFrom: [...checkpoint.resumedFrom, checkpoint.created] }
      }
      const settled = checkpoint.report.totalRows - checkpoint.report.valid
      const batchRows = options.monitoring.importBatchRows
      for (let at = 0; at < plan.items.length; at += batchRows) {
        await lease.renew()
        const before: Checkpoint = checkpoint
        const write = (batch: Array<Record<string, unknown>>) =>
          writeRows(req, plan.collection, batch, plan.fastPath, plan.writePath, async (ids) => {
            const next = { ...before, created: before.created + ids.length }
            await checkpointWork(req, id, { done: Math.min(total, settled + next.created), total, result: next })
            checkpoint = next
          })
        const batch = plan.items.slice(at, at + batchRows)
        try {
          await write(batch)
        } catch (error) {
          // 409: another import landed some of these rows since the check (the batch rolled back):
          // the rest of the batch is written; the duplicate keys keep those rows single.
          if ((error as { status?: number }).status !== 409) throw error
          await write(await notYetRecorded(req, plan.collection, batch))
        }
        // SQLite's statements resolve synchronously: without a turn of the event loop between
        // batches the process answers nothing else (the requester's progress polls) until the end.
        await new Promise((resolve) => setImmediate(resolve))
      }
      const { report, created } = checkpoint
      return await finish(req, id, { ...report, created, committed: created > 0, createdIds: [] }, checkpoint.resumedFrom)
    } catch (error) {
      // Another runner took the work over (this one stalled past its lease): it carries on.
      if (error instanceof LeaseLost) return { skipped: true }
      await failWork(req.payload, id, error)
      return { skipped: false, failed: true }
    }
  })
  return run.ran ? run.value : { skipped: true }
}

const planOf = (req: PayloadRequest, options: ResolvedOptions, input: QueuedImportInput, renew: () => Promise<void>): Promise<ImportPlan> =>
  (input.kind === 'mentions' ? planMentions : planSocialMetrics)(req, options, {
    csv: input.csv,
    mapping: input.mapping || undefined,
    policy: input.policy || undefined,
    dryRun: Boolean(input.dryRun),
    account: input.account || undefined,
    overrideAccess: true,
    // Checking 50 000 rows takes a while: the lease is kept meanwhile.
    onProgress: renew,
  })

const finish = async (req: PayloadRequest, id: number | string, result: ImportResult, resumedFrom: number[] = []) => {
  await finishWork(req.payload, id, {
    total: result.totalRows,
    result: { ...reportOf(result), ...(resumedFrom.length ? { resumedFrom } : {}) },
    summary: tr(req, 'workImportSummary', { total: result.totalRows, created: result.created, skipped: result.skipped, rejected: result.rejected }),
  })
  return { skipped: false, created: result.created }
}
