import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../kernel/access/index.js'
import { toCsv } from '../../../kernel/formats/csv.js'
import { badParameter } from '../../publicApi/http.js'
import { ELECTION_PERIODS, type ElectionPeriod } from '../electionPeriods.js'
import { SLUGS } from '../../../kernel/slugs.js'

type CheckRow = { check: string; status: string }
type Override = { check?: string; reason?: string; by?: unknown; at?: string }
type Content = {
  id: number | string
  title: string
  kind?: string
  audience?: string
  publishedAt?: string
  checks?: { results?: CheckRow[] | null } | null
  checkOverrides?: Override[] | null
}

export type ElectionReportRow = {
  id: number | string
  title: string
  kind: string
  audience: string
  publishedAt: string
  failedChecks: string[]
  overrides: string[]
}

const denied = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: req.t(req.user ? 'error:notAllowedToPerformAction' : 'error:unauthorized') }] }, { status: req.user ? 403 : 401 })

/** What was published during `period` (by publication date), with the failed checks and the head's overrides. */
export const electionReport = async (req: PayloadRequest, period: ElectionPeriod): Promise<ElectionReportRow[]> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.contents,
    where: { and: [{ publishedAt: { greater_than_equal: period.start } }, { publishedAt: { less_than_equal: period.end } }] },
    sort: 'publishedAt',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return (docs as unknown as Content[]).map((doc) => ({
    id: doc.id,
    title: doc.title,
    kind: doc.kind ?? '',
    audience: doc.audience ?? '',
    publishedAt: doc.publishedAt ?? '',
    failedChecks: (doc.checks?.results ?? []).filter((result) => result.status === 'fail').map((result) => result.check),
    overrides: (doc.checkOverrides ?? []).map((o) => `${o.check}: ${o.reason ?? ''} (${String(o.by ?? '')}, ${o.at ?? ''})`),
  }))
}

/**
 * GET /api/election-periods/:id/report[?format=csv|json]: head, administrator and auditors. The
 * contents published during the period (Ley 996/2005), each with its failed checks and overrides.
 */
export const electionReportEndpoint = (): Endpoint => ({
  path: '/:id/report',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'head', 'auditor')) return denied(req)
    const format = req.searchParams?.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'json') return badParameter(req, 'format', 'paramCsvOrJson')
    const id = String(req.routeParams?.id ?? '')
    const period = (await req.payload
      .findByID({ collection: ELECTION_PERIODS, id, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as ElectionPeriod | null
    if (!period) return Response.json({ errors: [{ message: req.t('error:notFound') }] }, { status: 404 })
    const rows = await electionReport(req, period)
    if (format === 'json') return Response.json({ period: { id: period.id, name: period.name, start: period.start, end: period.end }, rows })
    const csv = toCsv<ElectionReportRow>(
      [
        { header: 'id', value: (row) => String(row.id) },
        { header: 'titulo', value: (row) => row.title },
        { header: 'tipo', value: (row) => row.kind },
        { header: 'publico', value: (row) => row.audience },
        { header: 'publicado_el', value: (row) => row.publishedAt },
        { header: 'verificaciones_fallidas', value: (row) => row.failedChecks },
        { header: 'excepciones', value: (row) => row.overrides },
      ],
      rows,
      { bom: true },
    )
    return new Response(csv, {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="periodo-electoral-${period.id}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    })
  },
})
