import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { ResolvedOptions } from '../../../types.js'

import { type Period } from '../indicators/period.js'
import { DERIVED } from '../derivedFields.js'
import { buildReportData } from './build.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

export const REPORT_KINDS = [
  { value: 'monthly', label: { es: 'Mensual', en: 'Monthly' } },
  { value: 'quarterly', label: { es: 'Trimestral', en: 'Quarterly' } },
  { value: 'semiannual', label: { es: 'Semestral', en: 'Semiannual' } },
  { value: 'annual', label: { es: 'Anual', en: 'Annual' } },
]

const KIND_ES: Record<string, string> = { monthly: 'mensual', quarterly: 'trimestral', semiannual: 'semestral', annual: 'anual' }

export const reportTitle = (period: Period, version: number) =>
  `Informe ${KIND_ES[period.frequency] ?? ''} de seguimiento y medición ${period.label} (versión ${version})`

type StoredReport = { id: number | string; title: string; version: number; data: Awaited<ReturnType<typeof buildReportData>>; kind: string }

// Both on the primary (read replicas): a lagging replica would miss the report a run made moments
// ago (a second one, or a unique-key failure the retry would miss again: the job fails).
const findByRunKey = async (req: PayloadRequest, runKey: string): Promise<null | StoredReport> => {
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({ collection: SLUGS.reports, where: { runKey: { equals: runKey } }, limit: 1, depth: 0, req, overrideAccess: true }),
  )
  return (docs[0] as unknown as StoredReport) ?? null
}

const lastVersion = async (req: PayloadRequest, period: Period): Promise<number> => {
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.reports,
      where: { and: [{ kind: { equals: period.frequency } }, { period: { equals: period.label } }] },
      sort: '-version',
      limit: 1,
      depth: 0,
      select: { version: true },
      req,
      overrideAccess: true,
    }),
  )
  return Number((docs[0] as undefined | { version?: number })?.version ?? 0)
}

/**
 * Generates a follow-up and measurement report for a period and stores it with its data.
 * Reports are immutable; generating again for the same period makes a new version.
 *
 * Safe when run twice at once: `runKey` names what a job makes (the report of a period) and is
 * unique, so a retry or a second runner finds the report already made instead of adding a
 * "version N+1"; versions are unique per kind and period, so two generations at once (two
 * on-demand clicks) get consecutive versions, never the same one.
 */
export const generateReport = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  period: Period,
  {
    trigger = 'schedule',
    now = new Date(),
    runKey,
    onProgress,
  }: { trigger?: 'on-demand' | 'schedule'; now?: Date; runKey?: string; onProgress?: (done: number, total: number) => Promise<void> | void } = {},
): Promise<StoredReport> => {
  if (runKey) {
    const done = await findByRunKey(req, runKey)
    if (done) return done
  }
  // Two steps: gathering the figures (the long one), then storing the report.
  await onProgress?.(0, 2)
  const data = await buildReportData(req, options, period, now)
  await onProgress?.(1, 2)
  const key = runKey ?? `${trigger}|${randomUUID()}`
  for (let attempt = 0; ; attempt++) {
    const version = (await lastVersion(req, period)) + 1
    try {
      return (await req.payload.create({
        collection: SLUGS.reports,
        data: {
          title: reportTitle(period, version),
          kind: period.frequency,
          period: period.label,
          periodStart: period.start.toISOString(),
          periodEnd: period.end.toISOString(),
          version,
          trigger,
          runKey: key,
          generatedAt: data.generatedAt,
          generatedBy: req.user?.id ?? null,
          data,
        },
        req,
        overrideAccess: true,
        context: { [DERIVED]: true },
      })) as unknown as StoredReport
    } catch (error) {
      // The same run finished first elsewhere: its report is the result.
      const done = await findByRunKey(req, key)
      if (done) return done
      // Another generation took this version number: take the next one.
      if (attempt < 5 && (await lastVersion(req, period)) >= version) continue
      throw error
    }
  }
}
