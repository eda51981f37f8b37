import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { labelIn, stateLabel, stateLabelsOf } from '../../../kernel/admin/stateLabels.js'
import { type CsvColumn, toCsv } from '../../../kernel/formats/csv.js'
import { labelOf, withLabel } from '../../../kernel/i18n/fieldLabel.js'
import { tr } from '../../../kernel/i18n/index.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { WORKFLOW_EVENT_KIND_LABELS, WORKFLOW_EVENT_KINDS } from '../../../kernel/machine/eventKinds.js'
import { officeDateTime } from '../../../kernel/time/officeDates.js'

type EventRow = {
  at?: string | null
  collection?: string | null
  document?: string | null
  from?: string | null
  to?: string | null
  actor?: null | number | string | { id: number | string; name?: string | null; email?: string | null }
  comment?: string | null
  kind?: string | null
  forced?: boolean | null
  actorName?: null | string
  documentTitle?: null | string
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
/** Colombia has no daylight saving time: a calendar day in Bogotá is [00:00-05:00, next 00:00-05:00). */
const BOGOTA_OFFSET = '-05:00'
const PAGE = 500

/** A YYYY-MM-DD that names a real calendar day, or null. */
export const parseDay = (value: string): Date | null => {
  const match = DAY.exec(value)
  if (!match) return null
  const date = new Date(`${value}T00:00:00${BOGOTA_OFFSET}`)
  if (Number.isNaN(date.getTime())) return null
  // 2026-02-30 would roll over: the day must read back the same
  const check = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return check.getUTCDate() === Number(match[3]) && check.getUTCMonth() === Number(match[2]) - 1 ? date : null
}

/** `message` names the field itself (the plugin's messages start with it). */
/** A 400 naming the parameter by its label in the caller's language; `field` keeps the key. */
const badRequest = (req: PayloadRequest, field: string, rule: string) => {
  const message = withLabel(req, null, field, rule)
  return Response.json({ errors: [{ field, message }], message }, { status: 400 })
}

const actorLabel = (actor: EventRow['actor'], recorded?: null | string): string => {
  if (actor === null || actor === undefined) return recorded ?? ''
  if (typeof actor !== 'object') return recorded || `#${actor}`
  const name = actor.name ?? recorded ?? ''
  const email = actor.email ?? ''
  if (name && email) return `${name} <${email}>`
  return name || email || `#${actor.id}`
}

/**
 * The trail's columns as an auditor reads them, in the reader's language (issue 15, items 4, 8, 9):
 * the date day first in the office's zone, the collection's label, the document's id and title,
 * the states' and kind's labels, who, the comment, flagged or not; then the codes (the date in
 * UTC ISO 8601, collection, states and kind as stored) for whoever filters or joins the data.
 */
export const workflowEventColumns = (req: PayloadRequest, timeZone: string): ReadonlyArray<CsvColumn<EventRow>> => {
  const language = req.i18n?.language ?? 'es'
  const config = (slug: null | string | undefined) => (slug ? req.payload.collections[slug as CollectionSlug]?.config : undefined)
  const labelCache = new Map<string, Record<string, string>>()
  const states = (slug: null | string | undefined) => {
    const key = slug ?? ''
    if (!labelCache.has(key)) labelCache.set(key, stateLabelsOf(config(slug)?.fields, language))
    return labelCache.get(key)!
  }
  const kindLabels = Object.fromEntries(WORKFLOW_EVENT_KINDS.map((kind) => [kind, labelIn(WORKFLOW_EVENT_KIND_LABELS[kind], language)]))
  const fieldLabel = (name: string) => {
    const field = config('workflow-events')?.fields.find((f) => 'name' in f && f.name === name)
    return labelIn(field && 'label' in field ? field.label : name, language) || name
  }
  return [
    { header: `${fieldLabel('at')} (${timeZone})`, value: (row) => officeDateTime(row.at, timeZone) },
    { header: fieldLabel('collection'), value: (row) => labelIn(config(row.collection)?.labels?.singular, language) || row.collection },
    { header: fieldLabel('document'), value: (row) => row.document },
    { header: fieldLabel('documentTitle'), value: (row) => row.documentTitle },
    { header: fieldLabel('from'), value: (row) => stateLabel(states(row.collection), row.from) },
    { header: fieldLabel('to'), value: (row) => stateLabel(states(row.collection), row.to) },
    { header: fieldLabel('actorName'), value: (row) => actorLabel(row.actor, row.actorName) },
    { header: fieldLabel('comment'), value: (row) => row.comment },
    // What the row records (a transition, a comment, a republication, an override, a waiver…) and
    // whether it is flagged for review: without them a comment reads like a transition.
    { header: fieldLabel('kind'), value: (row) => kindLabels[row.kind ?? 'transition'] ?? row.kind },
    { header: fieldLabel('forced'), value: (row) => (row.forced ? req.t('general:yes') : req.t('general:no')) },
    { header: 'at (UTC)', value: (row) => row.at ?? '' },
    { header: 'collection', value: (row) => row.collection },
    { header: 'from', value: (row) => row.from },
    { header: 'to', value: (row) => row.to },
    { header: 'kind', value: (row) => row.kind ?? 'transition' },
  ]
}

/**
 * GET /api/pregonero/workflow-events.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&collection=&document=
 * The audit trail as CSV (UTF-8 with BOM, RFC 4180), oldest first. Days are Bogotá calendar days,
 * both ends included. The read runs with the caller's access (`overrideAccess: false`): whoever may
 * read workflow-events gets exactly the rows they may read; the actor shows as "name <email>" when
 * the caller may read that user, else by the name the row recorded (its id when none).
 */
export const workflowEventsExportEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/workflow-events.csv',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return Response.json({ message: tr(req, 'signInToExportTrail') }, { status: 401 })
    }
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const and: Where[] = []
    const fromText = params.get('from')?.trim()
    const toText = params.get('to')?.trim()
    let from: Date | null = null
    let to: Date | null = null
    if (fromText) {
      from = parseDay(fromText)
      if (!from) return badRequest(req, 'from', tr(req, 'dayInvalid'))
      and.push({ at: { greater_than_equal: from.toISOString() } })
    }
    if (toText) {
      to = parseDay(toText)
      if (!to) return badRequest(req, 'to', tr(req, 'dayInvalid'))
      and.push({ at: { less_than: new Date(to.getTime() + 86_400_000).toISOString() } })
    }
    if (from && to && from > to) {
      return badRequest(req, 'to', tr(req, 'toBeforeFrom', { from: labelOf(req, null, 'from') }))
    }
    const collection = params.get('collection')?.trim()
    if (collection) {
      if (!/^[a-z0-9-]{1,64}$/.test(collection)) return badRequest(req, 'collection', tr(req, 'collectionSlugInvalid'))
      and.push({ collection: { equals: collection } })
    }
    const document = params.get('document')?.trim()
    if (document) {
      if (document.length > 64) return badRequest(req, 'document', tr(req, 'documentIdTooLong'))
      and.push({ document: { equals: document } })
    }

    const rows: EventRow[] = []
    for (let page = 1; ; page++) {
      const result = await req.payload.find({
        collection: SLUGS.workflowEvents,
        where: and.length ? { and } : undefined,
        sort: 'at',
        limit: PAGE,
        page,
        depth: 1,
        overrideAccess: false,
        user: req.user,
        req,
      })
      rows.push(...(result.docs as unknown as EventRow[]))
      if (!result.hasNextPage) break
    }

    const name = ['bitacora', fromText, toText].filter(Boolean).join('_')
    return new Response(toCsv(workflowEventColumns(req, options.timeZone), rows, { bom: true }), {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}.csv"`,
        'Cache-Control': 'no-store',
        'X-Total-Rows': String(rows.length),
      },
    })
  },
})
