import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { ImportPolicy } from './import.js'

import { hasRole, MENTION_EDITORS, MONITORING_READERS, SOCIAL_EDITORS } from '../../kernel/access/index.js'
import { csvRowCount, type ImportKind, queueImport } from './background.js'
import { importError, importMentions, importSocialMetrics } from './import.js'
import { recordRead } from './reads.js'
import { buildMonitoringReport, monitoringReportCsv, monitoringReportPdf, monthPeriod } from './report.js'
import { readJsonBody } from '../publicApi/http.js'
import { SLUGS } from '../../kernel/slugs.js'
import { decodeText, type TextEncodingRead } from '../../kernel/formats/decodeText.js'
import { fieldRefusal, paramError } from '../../kernel/errors.js'
import { tr } from '../../kernel/i18n/index.js'
import { labelIn } from '../../kernel/admin/stateLabels.js'

/** Errors as Payload answers them: `{ errors: [{ message, data }] }` with the error's status (`data.errors[].path` names a refused parameter's key). */
const fail = (req: PayloadRequest, error: unknown): Response => {
  const status = (error as { status?: number }).status ?? 500
  const message = status >= 500 && !(error as { isPublic?: boolean }).isPublic ? tr(req, 'internalError') : (error as Error).message
  const data = status < 500 ? (error as { data?: unknown }).data : undefined
  return Response.json({ errors: [{ message, ...(data ? { data } : {}) }] }, { status })
}

const MAX_BYTES = 25 * 1024 * 1024

type ImportArgs = { csv: string; encoding: TextEncodingRead; mapping?: string; policy?: ImportPolicy; dryRun?: boolean; account?: string; background?: boolean }

/**
 * Reads an import request: `text/csv` body with query parameters, `multipart/form-data`
 * (`file` plus fields) or JSON `{ csv, mapping, policy, dryRun, account }`.
 */
const readImport = async (req: PayloadRequest): Promise<ImportArgs> => {
  const url = new URL(req.url ?? 'http://localhost')
  const q = url.searchParams
  const type = req.headers.get('content-type') ?? ''
  let csv = ''
  // A file's bytes are decoded here (UTF-8 with or without BOM, else Windows-1252); JSON carries text.
  let encoding: TextEncodingRead = 'utf-8'
  let fields: Record<string, string> = Object.fromEntries(q.entries())
  if (type.includes('multipart/form-data')) {
    const form = await (req as unknown as Request).formData()
    const file = form.get('file')
    if (file && typeof file === 'object' && 'text' in file) {
      if ((file as Blob).size > MAX_BYTES) throw paramError(req, 'file', tr(req, 'fileTooLarge', { size: '25 MB' }), 413)
      ;({ text: csv, encoding } = decodeText(await (file as Blob).arrayBuffer()))
    }
    for (const [key, value] of form.entries()) if (typeof value === 'string') fields[key] = value
  } else if (type.includes('application/json')) {
    const body = (await (req as unknown as Request).json()) as Record<string, unknown>
    csv = typeof body.csv === 'string' ? body.csv : ''
    fields = { ...fields, ...Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== 'csv' && v !== undefined).map(([k, v]) => [k, String(v)])) }
  } else {
    ;({ text: csv, encoding } = decodeText(await (req as unknown as Request).arrayBuffer()))
  }
  if (csv.length > MAX_BYTES) throw paramError(req, 'file', tr(req, 'fileTooLarge', { size: '25 MB' }), 413)
  if (!csv.trim()) throw paramError(req, 'file', tr(req, 'fileNoCsv'))
  const policy = fields.policy
  if (policy && policy !== 'valid-rows' && policy !== 'all-or-nothing') {
    throw paramError(req, 'policy', tr(req, 'importPolicyInvalid'))
  }
  return {
    csv,
    encoding,
    mapping: fields.mapping || undefined,
    policy: (policy as ImportPolicy) || undefined,
    dryRun: fields.dryRun === 'true' || fields.dryRun === '1',
    account: fields.account || undefined,
    background: fields.background === 'true' || fields.background === '1',
  }
}

/**
 * The import runs as a job when the caller asks (`background=true`) or when the file has more
 * than `monitoring.backgroundAboveRows` data rows, whatever the caller asked: the answer is 202
 * with the `background-work` record and its URL to follow (GET /api/background-work/:id: rows
 * done of the total, then the result). The job is started at once in this process; if this
 * process ends first, the queue's runner takes it (and resumes it) once its lease runs out.
 */
const runsInBackground = (req: PayloadRequest, options: ResolvedOptions, args: ImportArgs) => {
  const rows = csvRowCount(args.csv)
  // Too many rows is refused now (400), not found out later by the job.
  if (rows > options.monitoring.maxImportRows) throw importError(tr(req, 'monImportTooManyRows', { rows, max: options.monitoring.maxImportRows }))
  return args.background || rows > options.monitoring.backgroundAboveRows
}

const importInBackground = async (req: PayloadRequest, options: ResolvedOptions, kind: ImportKind, { background: _b, encoding: _e, ...args }: ImportArgs): Promise<Response> => {
  const { work, job } = await queueImport(req, options, kind, args)
  void req.payload.jobs.runByID({ id: job.id, silent: true }).catch((error: unknown) => req.payload.logger.error({ err: error, msg: 'background import failed to start' }))
  const url = `${req.payload.config.serverURL ?? ''}${req.payload.config.routes.api}/${SLUGS.backgroundWork}/${String(work.id)}`
  return Response.json({ work: { id: work.id, status: 'queued', url } }, { status: 202, headers: { Location: url } })
}

/** The import's result, with the encoding its file was read in. */
const importAnswer = (result: Awaited<ReturnType<typeof importMentions>>, encoding: TextEncodingRead): Response =>
  Response.json({ ...result, encoding }, { status: result.policy === 'all-or-nothing' && result.rejected > 0 ? 422 : result.committed ? 201 : 200 })

/** A mapping as the import screen shows it: name, label, date order and the accepted headers per field. */
const describeMappings = (mappings: ResolvedOptions['monitoring']['csvMappings']['mentions'], language: string) =>
  Object.entries(mappings).map(([name, m]) => ({ name, label: m.label ? labelIn(m.label, language) : name, dateOrder: m.dateOrder ?? 'DD/MM/YYYY', columns: m.columns, sumColumns: m.sumColumns ?? {} }))

export const monitoringEndpoints = (options: ResolvedOptions): Endpoint[] => [
  {
    // GET /api/monitoring/import/options — what the CSV import screen offers the caller: the
    // mappings (built-in and configured) of each import the caller may run, and for social
    // metrics the institutional accounts a file without an account column can be assigned to.
    path: '/monitoring/import/options',
    method: 'get',
    handler: async (req) => {
      try {
        if (!req.user) return Response.json({ errors: [{ message: tr(req, 'signInToImport') }] }, { status: 401 })
        const mentions = hasRole(req.user, ...MENTION_EDITORS)
        const socialMetrics = hasRole(req.user, ...SOCIAL_EDITORS)
        if (!mentions && !socialMetrics) {
          return Response.json({ errors: [{ message: tr(req, 'roleImportsNothing') }] }, { status: 403 })
        }
        const accounts = socialMetrics
          ? (
              await req.payload.find({
                collection: SLUGS.socialAccounts,
                pagination: false,
                sort: 'handle',
                depth: 0,
                select: { network: true, handle: true },
                req,
                overrideAccess: false,
                user: req.user,
              })
            ).docs
          : []
        return Response.json({
          policies: ['valid-rows', 'all-or-nothing'],
          maxRows: options.monitoring.maxImportRows,
          backgroundAboveRows: options.monitoring.backgroundAboveRows,
          mentions: mentions ? { endpoint: '/monitoring/import/mentions', mappings: describeMappings(options.monitoring.csvMappings.mentions, req.i18n?.language ?? 'es') } : null,
          socialMetrics: socialMetrics
            ? { endpoint: '/monitoring/import/social-metrics', mappings: describeMappings(options.monitoring.csvMappings.socialMetrics, req.i18n?.language ?? 'es'), accounts }
            : null,
        })
      } catch (error) {
        return fail(req, error)
      }
    },
  },
  {
    path: '/monitoring/import/mentions',
    method: 'post',
    handler: async (req) => {
      try {
        if (!req.user) return Response.json({ errors: [{ message: tr(req, 'signInToImport') }] }, { status: 401 })
        const args = await readImport(req)
        if (runsInBackground(req, options, args)) return await importInBackground(req, options, 'mentions', args)
        return importAnswer(await importMentions(req, options, args), args.encoding)
      } catch (error) {
        return fail(req, error)
      }
    },
  },
  {
    path: '/monitoring/import/social-metrics',
    method: 'post',
    handler: async (req) => {
      try {
        if (!req.user) return Response.json({ errors: [{ message: tr(req, 'signInToImport') }] }, { status: 401 })
        const args = await readImport(req)
        if (runsInBackground(req, options, args)) return await importInBackground(req, options, 'social-metrics', args)
        return importAnswer(await importSocialMetrics(req, options, args), args.encoding)
      } catch (error) {
        return fail(req, error)
      }
    },
  },
  {
    // The intranet calls this when a signed-in staff member opens an internal content.
    path: '/monitoring/reads',
    method: 'post',
    handler: async (req) => {
      try {
        if (!req.user) return Response.json({ errors: [{ message: tr(req, 'signInToRecordRead') }] }, { status: 401 })
        const contentId = (await readJsonBody(req)).content
        const result = await recordRead(req, { contentId, timeZone: options.monitoring.timeZone })
        return Response.json(result, { status: result.counted ? 201 : 200 })
      } catch (error) {
        return fail(req, error)
      }
    },
  },
  {
    // GET /api/monitoring/report?month=2026-11&format=pdf|csv|json
    path: '/monitoring/report',
    method: 'get',
    handler: async (req) => {
      try {
        if (!req.user) return Response.json({ errors: [{ message: tr(req, 'signInToReadReport') }] }, { status: 401 })
        if (!hasRole(req.user, ...MONITORING_READERS)) {
          return Response.json({ errors: [{ message: tr(req, 'roleMayNotSeeMonitoring') }] }, { status: 403 })
        }
        const q = new URL(req.url ?? 'http://localhost').searchParams
        const month = q.get('month') ?? ''
        const period = monthPeriod(month, options.monitoring.timeZone)
        if (!period) return fieldRefusal(req, 'month', tr(req, 'mrMonthInvalid'))
        const format = q.get('format') ?? 'json'
        if (!['csv', 'json', 'pdf'].includes(format)) return fieldRefusal(req, 'format', tr(req, 'mrFormatInvalid'))
        const report = await buildMonitoringReport(req, options, period)
        const name = `monitoreo-medios-${month}`
        // One language per reader: the admin's (Spanish unless the reader chose English).
        const render = { timeZone: options.monitoring.timeZone, language: req.i18n?.language === 'en' ? ('en' as const) : ('es' as const) }
        if (format === 'csv') {
          return new Response(monitoringReportCsv(report, render), {
            headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
          })
        }
        if (format === 'pdf') {
          const pdf = await monitoringReportPdf(report, render)
          return new Response(new Uint8Array(pdf), {
            headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${name}.pdf"` },
          })
        }
        return Response.json(report)
      } catch (error) {
        return fail(req, error)
      }
    },
  },
]
