import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { hasRole } from '../../../kernel/access/index.js'
import { type CodeNamer, codeNamer } from '../../../kernel/admin/stateLabels.js'
import { parsePeriod } from '../indicators/period.js'
import { queueReport } from './background.js'
import { generateReport } from './generate.js'
import { reportCsv, reportPdf, type StoredReport, wordsIn } from './render.js'
import { readJsonBody } from '../../publicApi/http.js'
import { fieldRefusal } from '../../../kernel/errors.js'
import { tr } from '../../../kernel/i18n/index.js'
import { SLUGS } from '../../../kernel/slugs.js'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const fileName = (report: StoredReport, ext: string) =>
  `informe-${report.kind}-${String((report.data as { period: { label: string } }).period.label)}-v${report.version}.${ext}`

/** Stored codes (statuses, kinds) as the reader's language names them, from the collections' options. */
const namesFor = (req: PayloadRequest): CodeNamer =>
  codeNamer((slug) => req.payload.collections[slug as CollectionSlug]?.config.fields, req.i18n?.language ?? 'es')

/** Reads a report with the caller's access (office staff and auditors). */
const readReport = async (req: PayloadRequest): Promise<Response | StoredReport> => {
  if (!req.user) return error(401, tr(req, 'unauthorized'))
  const id = req.routeParams?.id as string | undefined
  if (!id) return fieldRefusal(req, 'id', tr(req, 'reportIdRequired'))
  const report = await req.payload
    .findByID({ collection: SLUGS.reports, id, depth: 0, req, overrideAccess: false, user: req.user, disableErrors: true })
    .catch(() => null)
  if (!report) return fieldRefusal(req, 'id', tr(req, 'reportNotFound'), 404)
  return report as unknown as StoredReport
}

/**
 * Reports: generate on demand (head/admin), download as CSV or PDF (anyone who may read reports).
 * - POST /api/pregonero/reports/generate  { "period": "2026-03" | "2026-Q1" | ..., "background"?: true }
 * - GET  /api/pregonero/reports/:id/csv
 * - GET  /api/pregonero/reports/:id/pdf
 */
export const reportEndpoints = (options: ResolvedOptions): Endpoint[] => [
  {
    path: '/pregonero/reports/generate',
    method: 'post',
    handler: async (req) => {
      if (!req.user) return error(401, tr(req, 'unauthorized'))
      if (!hasRole(req.user, 'head', 'admin')) return error(403, tr(req, 'reportsHeadOnly'))
      let body: { period?: unknown; background?: unknown }
      try {
        body = await readJsonBody(req)
      } catch (e) {
        return error(400, (e as Error).message)
      }
      if (typeof body?.period !== 'string') return fieldRefusal(req, 'period', tr(req, 'periodRequired'))
      let period
      try {
        period = parsePeriod(body.period)
      } catch {
        return fieldRefusal(req, 'period', tr(req, 'periodInvalid', { label: body.period }))
      }
      // A long report runs as a job: 202 with the background-work record to follow.
      if (body.background === true) {
        const { work, job } = await queueReport(req, options, period.label)
        void req.payload.jobs.runByID({ id: job.id, silent: true }).catch((e: unknown) => req.payload.logger.error({ err: e, msg: 'background report failed to start' }))
        return Response.json({ work: { id: work.id, status: 'queued' } }, { status: 202 })
      }
      const report = await generateReport(req, options, period, { trigger: 'on-demand' })
      return Response.json({ id: report.id, title: report.title, version: report.version }, { status: 201 })
    },
  },
  {
    path: '/pregonero/reports/:id/csv',
    method: 'get',
    handler: async (req) => {
      const report = await readReport(req)
      if (report instanceof Response) return report
      return new Response(`\uFEFF${reportCsv(report, namesFor(req), options.timeZone, wordsIn(req.i18n?.language))}`, {
        headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${fileName(report, 'csv')}"` },
      })
    },
  },
  {
    path: '/pregonero/reports/:id/pdf',
    method: 'get',
    handler: async (req) => {
      const report = await readReport(req)
      if (report instanceof Response) return report
      const pdf = await reportPdf(report, namesFor(req), options.timeZone, wordsIn(req.i18n?.language))
      return new Response(new Uint8Array(pdf), {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${fileName(report, 'pdf')}"` },
      })
    },
  },
]

