import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { type Period } from '../indicators/period.js'
import { DERIVED } from '../ids.js'
import { buildReportData } from './build.js'

export const REPORT_KINDS = [
  { value: 'monthly', label: { es: 'Mensual', en: 'Monthly' } },
  { value: 'quarterly', label: { es: 'Trimestral', en: 'Quarterly' } },
  { value: 'semiannual', label: { es: 'Semestral', en: 'Semiannual' } },
  { value: 'annual', label: { es: 'Anual', en: 'Annual' } },
]

const KIND_ES: Record<string, string> = { monthly: 'mensual', quarterly: 'trimestral', semiannual: 'semestral', annual: 'anual' }

export const reportTitle = (period: Period, version: number) =>
  `Informe ${KIND_ES[period.frequency] ?? ''} de seguimiento y medición ${period.label} (versión ${version})`

/**
 * Generates a follow-up and measurement report for a period and stores it with its data.
 * Reports are immutable; generating again for the same period makes a new version.
 */
export const generateReport = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  period: Period,
  { trigger = 'schedule', now = new Date() }: { trigger?: 'on-demand' | 'schedule'; now?: Date } = {},
) => {
  const previous = await req.payload.count({
    collection: 'reports' as never,
    where: { and: [{ kind: { equals: period.frequency } }, { period: { equals: period.label } }] },
    req,
    overrideAccess: true,
  })
  const version = previous.totalDocs + 1
  const data = await buildReportData(req, options, period, now)
  return req.payload.create({
    collection: 'reports' as never,
    data: {
      title: reportTitle(period, version),
      kind: period.frequency,
      period: period.label,
      periodStart: period.start.toISOString(),
      periodEnd: period.end.toISOString(),
      version,
      trigger,
      generatedAt: data.generatedAt,
      generatedBy: req.user?.id ?? null,
      data,
    } as never,
    req,
    overrideAccess: true,
    context: { [DERIVED]: true },
  }) as Promise<{ id: number | string; title: string; version: number; data: typeof data; kind: string }>
}
