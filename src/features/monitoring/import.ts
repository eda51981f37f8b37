import type { PayloadRequest } from 'payload'

import { parse } from 'csv-parse/sync'
import { APIError, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { CsvMapping, ResolvedOptions } from '../../types.js'

import { hasRole, MENTION_EDITORS, SOCIAL_EDITORS } from '../../kernel/access/index.js'
import { bulkInsert, canBulkInsert } from './bulkInsert.js'
import { dayInZone, dayToStored } from './days.js'
import { engagementRate } from './engagement.js'
import { idOf } from '../../kernel/ids.js'
import { domainOf, mentionKey, metricKey, normalizeText } from './keys.js'
import { parseDay, parseNumber, parseProminence, parseSentiment } from './parse.js'
import { type ProgressCallback, progressTicker } from '../../kernel/work/progress.js'
import { type MessageKey, tr } from '../../kernel/i18n/index.js'
import { paramError } from '../../kernel/errors.js'
import { readOnPrimaryIfReplicas } from '../../kernel/sql/readOnPrimary.js'
import { labelIn } from '../../kernel/admin/stateLabels.js'

/**
 * CSV imports of media mentions and social metrics.
 *
 * POLICY (one file = one decision, never half a file):
 * 1. The whole file is read and every row validated first, with no write.
 * 2. Each row ends in exactly one state, reported with its line number:
 *    `created` (lands), `skipped` (already recorded — a re-import, a duplicate line, a totals
 *    row — with the reason and the id it duplicates) or `rejected` (with the field and the rule).
 * 3. Inside a request (`importMentions`/`importSocialMetrics`), the rows that land are written in
 *    ONE database transaction: if anything fails while writing (a crash, a racing import of the
 *    same rows), the transaction rolls back and nothing of the file has landed. Files above
 *    `monitoring.backgroundAboveRows` run as a job (background.ts: `planMentions`/`planSocialMetrics`
 *    check the file, then `writeRows` lands batches, each with its checkpoint): a job interrupted
 *    once batches started RESUMES from its checkpoint, it does not roll back what landed.
 * 4. `policy: 'valid-rows'` (default) lands the valid rows and reports the rejected ones, so the
 *    fixed lines can be re-imported later: the duplicate keys make the re-import add only them.
 *    `policy: 'all-or-nothing'` lands nothing when any row is rejected.
 * 5. A file whose columns do not fit the mapping (required column missing) is refused whole
 *    with a 400 naming the missing columns.
 */

export type ImportPolicy = 'all-or-nothing' | 'valid-rows'

export type RowOutcome = {
  line: number
  status: 'rejected' | 'skipped'
  field?: string
  reason: string
  /** The existing record a skipped row duplicates. */
  existingId?: number | string
}

export type ImportResult = {
  kind: 'media-mentions' | 'social-metrics'
  mapping: string
  policy: ImportPolicy
  dryRun: boolean
  /** Data rows in the file (header excluded, blank lines ignored). */
  totalRows: number
  /** Rows that passed validation and are new. */
  valid: number
  /** Rows written now (0 in a dry run, or when `all-or-nothing` met a rejected row). */
  created: number
  skipped: number
  rejected: number
  committed: boolean
  /** Every row that did not land, in file order. */
  rows: RowOutcome[]
  createdIds: Array<number | string>
}

export type ImportInput = {
  /** The CSV text (UTF-8; a BOM is ignored). */
  csv: string
  /** A mapping name (built-in or from `monitoring.csvMappings`), or a mapping; default: best match by headers. */
  mapping?: CsvMapping | string
  policy?: ImportPolicy
  dryRun?: boolean
  /** Override `monitoring.sqlFastPath` for this import (tests compare both paths). */
  sqlFastPath?: boolean
  /**
   * How the rows are written when the SQL fast path does not apply: `adapter` (default) — one
   * `payload.db.create` per row, the adapter call Payload's own create makes, without re-running
   * the per-document hooks and validation the importer has already done in bulk; `operation` —
   * one full `payload.create` per row (the reference the tests compare against).
   */
  writePath?: 'adapter' | 'operation'
  /** When false the caller's roles are checked (editors/head for mentions, community/head for metrics). */
  overrideAccess?: boolean
  /** Told how many rows are checked out of the total while the file is read (background imports). */
  onProgress?: ProgressCallback
}

export type SocialImportInput = ImportInput & {
  /** The account every row belongs to, when the file has no account column (network exports). */
  account?: number | string
}

/** A 400 for a file that cannot be imported at all. Bilingual message naming the rule. */
export const importError = (message: string): APIError<null> => new APIError(message, 400, null, true)

type Row = { line: number; cells: string[]; get: (field: string) => string }
type Table = { rows: Row[]; headers: string[]; mappingName: string; mapping: CsvMapping; present: Set<string> }

const readTable = (
  req: PayloadRequest,
  csv: string,
  mappings: Record<string, CsvMapping>,
  requested: CsvMapping | string | undefined,
  required: string[][],
  maxRows: number,
): Table => {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = [',', ';', '\t', '|'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',')
  let records: Array<{ record: string[]; lines: number }>
  try {
    // Each record keeps only its cells and its last line number (not csv-parse's whole `info`
    // snapshot): 50 000 rows are held once, as cells.
    records = parse(csv, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      on_record: ((record: string[], context: { lines: number }) => ({ record, lines: context.lines })) as never,
    }) as unknown as typeof records
  } catch (error) {
    throw paramError(req, 'file', tr(req, 'monImportNotCsv', { error: (error as Error).message }))
  }
  if (records.length === 0) throw paramError(req, 'file', tr(req, 'monImportEmpty'))
  if (records.length - 1 > maxRows) {
    throw paramError(req, 'file', tr(req, 'monImportTooManyRows', { rows: records.length - 1, max: maxRows }))
  }
  const headers = records[0].record
  const normalized = headers.map(normalizeText)

  const indexFor = (mapping: CsvMapping) => {
    const index = new Map<string, number>()
    for (const [field, names] of Object.entries(mapping.columns)) {
      const at = names.map(normalizeText).map((n) => normalized.indexOf(n)).find((i) => i >= 0)
      if (at !== undefined) index.set(field, at)
    }
    return index
  }
  const satisfies = (index: Map<string, number>, mapping: CsvMapping) =>
    required.every((alternatives) => alternatives.some((f) => index.has(f) || Boolean(mapping.defaults?.[f])))

  let mappingName: string
  let mapping: CsvMapping
  if (typeof requested === 'object' && requested) {
    mappingName = requested.label ? labelIn(requested.label, req.i18n?.language ?? 'es') : 'custom'
    mapping = requested
  } else if (typeof requested === 'string') {
    if (!mappings[requested]) {
      throw paramError(req, 'mapping', tr(req, 'monImportUnknownMapping', { name: requested, available: Object.keys(mappings).join(', ') }))
    }
    mappingName = requested
    mapping = mappings[requested]
  } else {
    // best match: the mapping that fits the required columns and recognizes the most headers
    const ranked = Object.entries(mappings)
      .map(([name, m]) => ({ name, m, index: indexFor(m) }))
      .filter((c) => satisfies(c.index, c.m))
      .sort((a, b) => b.index.size - a.index.size)
    const best = ranked[0] ?? { name: Object.keys(mappings)[0], m: Object.values(mappings)[0] }
    mappingName = best.name
    mapping = best.m
  }
  const index = indexFor(mapping)
  const missing = required.filter((alternatives) => !alternatives.some((f) => index.has(f) || Boolean(mapping.defaults?.[f])))
  if (missing.length > 0) {
    const describe = missing
      .map((alternatives) => alternatives.map((f) => `${f} (${(mapping.columns[f] ?? []).slice(0, 3).join(' / ')})`).join(tr(req, 'monImportOr')))
      .join('; ')
    throw paramError(req, 'columns', tr(req, 'monImportMissingColumns', { mapping: mappingName, missing: describe, headers: headers.join(', ') }))
  }
  const sums = Object.entries(mapping.sumColumns ?? {})
    .filter(([field]) => !index.has(field))
    .map(([field, names]) => ({ field, at: names.map(normalizeText).map((n) => normalized.indexOf(n)).filter((i) => i >= 0) }))
    .filter((s) => s.at.length > 0)

  // One `get` shared by every row (a closure per row would be 50 000 closures).
  function get(this: Row, field: string): string {
    const record = this.cells
    const at = index.get(field)
    if (at !== undefined) return (record[at] ?? '').trim() || (mapping.defaults?.[field] ?? '')
    const sum = sums.find((s) => s.field === field)
    if (sum) {
      const values = sum.at.map((i) => parseNumber(record[i] ?? '', { integer: true }))
      if (values.some((v) => Number.isNaN(v))) return 'NaN'
      return String(values.reduce<number>((a, v) => a + (v ?? 0), 0))
    }
    return mapping.defaults?.[field] ?? ''
  }
  const rows: Row[] = new Array(records.length - 1)
  for (let i = 1; i < records.length; i++) {
    const { record, lines } = records[i]!
    const newlines = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0)
    rows[i - 1] = { line: lines - newlines, cells: record, get }
  }
  const present = new Set([...index.keys(), ...sums.map((s) => s.field)])
  return { rows, headers, mappingName, mapping, present }
}

class Rejection extends Error {
  constructor(
    readonly field: string,
    readonly key: MessageKey,
    readonly vars?: Record<string, unknown>,
  ) {
    super(key)
  }
}
/** Refuses a row: the field and the rule, rendered in the importer's language where the row is reported. */
const reject = (field: string, key: MessageKey, vars?: Record<string, unknown>): never => {
  throw new Rejection(field, key, vars)
}

/** What a checked row's place holds (its cells are no longer needed). */
const RELEASED = { line: 0, cells: [], get: () => '' } as Row

const TOTAL_ROW = /^(total|totales|totals|grand total|suma)$/

const columnCountCheck = (row: Row, headerCount: number) => {
  const { cells } = row
  if (cells.length !== headerCount) {
    reject('row', 'monRowColumns', { cells: cells.length, header: headerCount })
  }
}

const chunk = <T>(list: T[], size: number): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

const findIn = async (
  req: PayloadRequest,
  collection: string,
  field: string,
  values: string[],
  select: Record<string, true>,
): Promise<Array<Record<string, unknown>>> => {
  const out: Array<Record<string, unknown>> = []
  for (const part of chunk([...new Set(values)], 300)) {
    if (part.length === 0) continue
    const { docs } = await req.payload.find({
      collection: collection as never,
      where: { [field]: { in: part } },
      pagination: false,
      depth: 0,
      select: select as never,
      req,
      overrideAccess: true,
    })
    out.push(...(docs as unknown as Array<Record<string, unknown>>))
  }
  return out
}

const allOf = async (req: PayloadRequest, collection: string, select: Record<string, true>) => {
  const { docs } = await req.payload.find({
    collection: collection as never,
    pagination: false,
    depth: 0,
    select: select as never,
    req,
    overrideAccess: true,
  })
  return docs as unknown as Array<Record<string, unknown>>
}

/** The duplicate key of each imported collection (keys.ts). */
const KEY_FIELD: Record<string, string> = { 'media-mentions': 'dedupeKey', 'social-metrics': 'periodKey' }

/** The prepared rows whose duplicate key is not recorded yet (another import may have landed some meanwhile). */
export const notYetRecorded = async (req: PayloadRequest, collection: string, items: Array<Record<string, unknown>>) => {
  const field = KEY_FIELD[collection]
  // On the primary (read replicas): the rows that just met the unique key were landed moments ago;
  // a lagging replica would not list them, the batch would be written again, refused again, and
  // the import fail for good.
  const found = await readOnPrimaryIfReplicas(req, (req) => findIn(req, collection, field, items.map((item) => String(item[field])), { [field]: true }))
  const recorded = new Set(found.map((doc) => String(doc[field])))
  return items.filter((item) => !recorded.has(String(item[field])))
}

const TABLES: Record<string, { table: string; hasMany: Record<string, string> }> = {
  'media-mentions': { table: 'media_mentions', hasMany: { departments: 'departmentsID' } },
  'social-metrics': { table: 'social_metrics', hasMany: {} },
}

/**
 * Writes `items` in ONE transaction of its own (or of `req`'s, when one is open): all of them or,
 * on any error, none. `beforeCommit` runs in the same transaction after the rows are written (a
 * background import's checkpoint: it commits with the rows it counts, or rolls back with them).
 */
export const writeRows = async (
  req: PayloadRequest,
  collection: string,
  items: Array<Record<string, unknown>>,
  fastPath: boolean,
  writePath: 'adapter' | 'operation' = 'adapter',
  beforeCommit?: (ids: Array<number | string>) => Promise<void>,
): Promise<Array<number | string>> => {
  const ids: Array<number | string> = []
  const shouldCommit = await initTransaction(req)
  const { table, hasMany } = TABLES[collection]
  try {
    if (fastPath && canBulkInsert(req.payload, table)) {
      ids.push(...(await bulkInsert(req, table, items.map((item) => ({ ...item, source: "import" })), hasMany)))
    } else if (writePath === 'adapter') {
      // Neutral path on every adapter (MongoDB, Postgres, SQLite): the database adapter's own
      // `create`, in the request's transaction. The rows are already validated and carry every
      // value the collection's beforeChange hook would set (day, dedupe key, reach, source).
      const now = new Date().toISOString()
      for (const data of items) {
        const doc = await req.payload.db.create({
          collection: collection as never,
          data: { ...data, source: 'import', createdAt: now, updatedAt: now },
          req,
          select: { id: true },
        })
        ids.push((doc as unknown as { id: number | string }).id)
      }
    } else for (const data of items) {
      const doc = await req.payload.create({
        collection: collection as never,
        data: data as never,
        req,
        overrideAccess: true,
        depth: 0,
        select: { id: true } as never,
        context: { monitoringImport: true },
      })
      ids.push((doc as unknown as { id: number | string }).id)
    }
    await beforeCommit?.(ids)
    if (shouldCommit) await commitTransaction(req)
    return ids
  } catch (error) {
    await killTransaction(req)
    const message = (error as Error).message
    // drizzle wraps the driver's error ("Failed query: …"): the unique violation is in its cause
    // (SQLITE_CONSTRAINT_UNIQUE, PostgreSQL 23505), MongoDB's E11000 in the message.
    const cause = (error as { cause?: { message?: string; code?: string } }).cause
    if (/unique|duplicate|E11000|23505/i.test(`${message} ${cause?.message ?? ''} ${cause?.code ?? ''}`)) {
      throw new APIError(
        tr(req, 'monImportRaced'),
        409,
        null,
        true,
      )
    }
    // The driver's reason, short (drizzle's message carries the whole SQL statement): logged whole.
    req.payload.logger.error({ err: error, msg: 'CSV import: writing the rows failed' })
    throw new APIError(tr(req, 'monImportSaveFailed', { message: String(cause?.message ?? message).slice(0, 200) }), 500, null, true)
  }
}

/**
 * A checked file, nothing written yet: its row report (`result`, with `created: 0`) and the rows
 * that would land (`items`, validated, new, in file order). `blocked`: `all-or-nothing` met a
 * rejected row, so nothing may land.
 */
export type ImportPlan = {
  result: ImportResult
  collection: 'media-mentions' | 'social-metrics'
  items: Array<Record<string, unknown>>
  blocked: boolean
  fastPath: boolean
  writePath?: 'adapter' | 'operation'
}

const planOf = (
  base: Omit<ImportResult, 'committed' | 'created' | 'createdIds' | 'rejected' | 'skipped' | 'valid'>,
  outcomes: RowOutcome[],
  collection: ImportPlan['collection'],
  items: Array<Record<string, unknown>>,
  fastPath: boolean,
  writePath?: 'adapter' | 'operation',
): ImportPlan => {
  outcomes.sort((a, b) => a.line - b.line)
  const rejected = outcomes.filter((o) => o.status === 'rejected').length
  return {
    result: { ...base, valid: items.length, created: 0, skipped: outcomes.length - rejected, rejected, committed: false, rows: outcomes, createdIds: [] },
    collection,
    items,
    blocked: base.policy === 'all-or-nothing' && rejected > 0,
    fastPath,
    writePath,
  }
}

/** Lands a plan's rows in one transaction (see POLICY), or nothing (dry run, blocked, no row). */
export const writePlan = async (req: PayloadRequest, plan: ImportPlan): Promise<ImportResult> => {
  const { result, items } = plan
  const createdIds = result.dryRun || plan.blocked || items.length === 0 ? [] : await writeRows(req, plan.collection, items, plan.fastPath, plan.writePath)
  return { ...result, created: createdIds.length, committed: createdIds.length > 0, createdIds }
}

const checkRole = (req: PayloadRequest, input: ImportInput, roles: readonly string[], refusal: MessageKey) => {
  if (input.overrideAccess) return
  if (!hasRole(req.user as never, ...(roles as never[]))) {
    throw new APIError(tr(req, refusal), 403, null, true)
  }
}

const byNameIndex = (docs: Array<Record<string, unknown>>, names: (doc: Record<string, unknown>) => unknown[]) => {
  const map = new Map<string, Record<string, unknown>>()
  for (const doc of docs) for (const name of names(doc)) if (typeof name === 'string' && name.trim()) map.set(normalizeText(name), doc)
  return map
}

/** Imports media mentions from CSV (see POLICY above). */
export const importMentions = async (req: PayloadRequest, options: ResolvedOptions, input: ImportInput): Promise<ImportResult> =>
  writePlan(req, await planMentions(req, options, input))

/** Reads and checks a CSV of media mentions, writing nothing: its row report and the rows to land. */
export const planMentions = async (req: PayloadRequest, options: ResolvedOptions, input: ImportInput): Promise<ImportPlan> => {
  checkRole(req, input, MENTION_EDITORS, 'monImportRoleMentions')
  const { timeZone } = options.monitoring
  const table = readTable(
    req,
    input.csv,
    options.monitoring.csvMappings.mentions,
    input.mapping,
    [['date'], ['headline'], ['outlet', 'url']],
    options.monitoring.maxImportRows,
  )
  const headerCount = table.headers.length
  const dateOrder = table.mapping.dateOrder ?? 'DD/MM/YYYY'
  const today = dayInZone(new Date(), timeZone)

  // Reference data, read once: outlets, departments; contents only for the slugs the file names.
  const outlets = await allOf(req, 'media-outlets', { name: true, aliases: true, domain: true, estimatedReach: true })
  const outletByName = byNameIndex(outlets, (o) => [o.name, ...((o.aliases as string[]) ?? [])])
  const outletByDomain = new Map(outlets.filter((o) => o.domain).map((o) => [String(o.domain).toLowerCase().replace(/^www\./, ''), o]))
  const departments = await allOf(req, 'departments', { name: true, code: true })
  const departmentByName = byNameIndex(departments, (d) => [d.name, d.code])
  const originRefs = table.present.has('originContent') ? table.rows.map((r) => r.get('originContent')).filter(Boolean) : []
  const contentsBySlug = new Map(
    (await findIn(req, 'contents', 'slug', originRefs, { slug: true })).map((c) => [String(c.slug).toLowerCase(), c]),
  )

  const outcomes: RowOutcome[] = []
  const prepared: Array<{ line: number; key: string; data: Record<string, unknown> }> = []
  const tick = progressTicker(input.onProgress, table.rows.length)
  for (const [rowIndex, row] of table.rows.entries()) {
    await tick(rowIndex)
    try {
      columnCountCheck(row, headerCount)
      const rawDate = row.get('date')
      if (TOTAL_ROW.test(normalizeText(rawDate)) || TOTAL_ROW.test(normalizeText(row.get('outlet')))) {
        outcomes.push({ line: row.line, status: 'skipped', field: 'date', reason: tr(req, 'monTotalsRow') })
        continue
      }
      const day = parseDay(rawDate, dateOrder)
      if (!rawDate) reject('date', 'monRowEmptyF')
      if (!day) reject('date', 'monRowBadDate', { value: rawDate, order: dateOrder })
      if ((day as string) > today) reject('date', 'monRowFutureDate', { day })
      const headline = row.get('headline')
      if (!headline) reject('headline', 'monRowEmptyM')
      if (headline.length > 500) reject('headline', 'monRowTooLong', { max: 500 })
      const url = row.get('url')
      if (url && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) reject('url', 'monRowBadUrl', { url })
      const outletName = row.get('outlet')
      let outlet = outletName ? outletByName.get(normalizeText(outletName)) : undefined
      if (!outlet && !outletName && url) outlet = outletByDomain.get(domainOf(url) ?? '')
      if (!outlet) {
        if (outletName) reject('outlet', 'monRowUnknownOutlet', { name: outletName })
        else reject('outlet', 'monRowNoOutlet')
      }
      const rawSentiment = row.get('sentiment')
      const sentiment = rawSentiment ? parseSentiment(rawSentiment) : 'neutral'
      if (!sentiment) reject('sentiment', 'monRowBadSentiment', { value: rawSentiment })
      const rawProminence = row.get('prominence')
      const prominence = rawProminence ? parseProminence(rawProminence) : null
      if (rawProminence && !prominence) reject('prominence', 'monRowBadProminence', { value: rawProminence })
      const number = (field: string, integer: boolean) => {
        const raw = row.get(field)
        const value = parseNumber(raw, { integer })
        if (Number.isNaN(value)) reject(field, 'monRowBadNumber', { value: raw })
        return value
      }
      const reach = number('reach', true)
      const freePressValue = number('freePressValue', false)
      const departmentIds: Array<number | string> = []
      for (const name of row.get('departments').split(/[;|,]/).map((s) => s.trim()).filter(Boolean)) {
        const dep = departmentByName.get(normalizeText(name))
        if (!dep) reject('departments', 'monRowUnknownDepartment', { name })
        departmentIds.push((dep as Record<string, unknown>).id as number | string)
      }
      const originRef = row.get('originContent')
      let originContent: number | string | undefined
      if (originRef) {
        const content = contentsBySlug.get(originRef.toLowerCase())
        if (!content) reject('originContent', 'monRowUnknownContent', { slug: originRef })
        originContent = (content as Record<string, unknown>).id as number | string
      }
      const o = outlet as Record<string, unknown>
      const key = mentionKey({ outlet: o.id, day: day as string, url, headline })
      const ownReach = reach !== null
      prepared.push({
        line: row.line,
        key,
        data: {
          outlet: o.id,
          date: dayToStored(day as string),
          headline,
          url: url || undefined,
          summary: row.get('summary') || undefined,
          topic: row.get('topic') || undefined,
          sentiment,
          departments: departmentIds,
          originContent,
          reach: ownReach ? reach : typeof o.estimatedReach === 'number' ? o.estimatedReach : undefined,
          reachEstimated: !ownReach && typeof o.estimatedReach === 'number',
          prominence: prominence ?? undefined,
          freePressValue: freePressValue ?? undefined,
          dedupeKey: key,
        },
      })
    } catch (error) {
      if (!(error instanceof Rejection)) throw error
      outcomes.push({ line: row.line, status: 'rejected', field: error.field, reason: tr(req, error.key, error.vars) })
    } finally {
      // A checked row's cells are let go as its record is built: the file is held once, not twice.
      table.rows[rowIndex] = RELEASED
    }
  }

  // Duplicates: against what is already recorded, then within the file.
  const existing = new Map(
    (await findIn(req, 'media-mentions', 'dedupeKey', prepared.map((p) => p.key), { dedupeKey: true })).map((d) => [String(d.dedupeKey), d.id as number | string]),
  )
  const firstLine = new Map<string, number>()
  const items: Array<Record<string, unknown>> = []
  for (const p of prepared) {
    const existingId = existing.get(p.key)
    if (existingId !== undefined) {
      outcomes.push({ line: p.line, status: 'skipped', field: 'row', existingId, reason: tr(req, 'monMentionRecorded', { id: existingId }) })
      continue
    }
    const earlier = firstLine.get(p.key)
    if (earlier !== undefined) {
      outcomes.push({ line: p.line, status: 'skipped', field: 'row', reason: tr(req, 'monMentionRepeats', { line: earlier }) })
      continue
    }
    firstLine.set(p.key, p.line)
    items.push(p.data)
  }
  return planOf(
    { kind: 'media-mentions', mapping: table.mappingName, policy: input.policy ?? 'valid-rows', dryRun: Boolean(input.dryRun), totalRows: table.rows.length, rows: [] },
    outcomes,
    'media-mentions',
    items,
    input.sqlFastPath ?? options.monitoring.sqlFastPath,
    input.writePath,
  )
}

const METRICS = ['followers', 'impressions', 'reach', 'engagements', 'posts'] as const

/** Imports social metrics from CSV (see POLICY above). One row = one account and period. */
export const importSocialMetrics = async (req: PayloadRequest, options: ResolvedOptions, input: SocialImportInput): Promise<ImportResult> =>
  writePlan(req, await planSocialMetrics(req, options, input))

/** Reads and checks a CSV of social metrics, writing nothing: its row report and the rows to land. */
export const planSocialMetrics = async (req: PayloadRequest, options: ResolvedOptions, input: SocialImportInput): Promise<ImportPlan> => {
  checkRole(req, input, SOCIAL_EDITORS, 'monImportRoleMetrics')
  const { timeZone, engagementRateBase } = options.monitoring
  const required = [['date', 'periodStart'], [...METRICS]]
  if (input.account === undefined || input.account === null || input.account === '') required.push(['account'])
  const table = readTable(req, input.csv, options.monitoring.csvMappings.socialMetrics, input.mapping, required, options.monitoring.maxImportRows)
  const headerCount = table.headers.length
  const dateOrder = table.mapping.dateOrder ?? 'DD/MM/YYYY'
  const today = dayInZone(new Date(), timeZone)

  const accounts = await allOf(req, 'social-accounts', { handle: true, url: true, network: true })
  let fixedAccount: Record<string, unknown> | undefined
  if (input.account !== undefined && input.account !== null && input.account !== '') {
    fixedAccount = accounts.find((a) => String(a.id) === String(input.account))
    if (!fixedAccount) throw paramError(req, 'account', tr(req, 'monImportNoAccount', { account: String(input.account) }))
  }
  // A handle may name one account per network (@alcaldiadepasto on Instagram AND on Facebook):
  // every name keeps the list of accounts it names, and a row settles on one by its network.
  const accountByName = new Map<string, Array<Record<string, unknown>>>()
  const remember = (name: string, a: Record<string, unknown>) => {
    const list = accountByName.get(name) ?? []
    if (!list.includes(a)) list.push(a)
    accountByName.set(name, list)
  }
  for (const a of accounts) {
    remember(normalizeText(String(a.handle ?? '')), a)
    remember(normalizeText(`${String(a.network)} ${String(a.handle ?? '')}`), a)
    if (a.url) remember(normalizeText(String(a.url).replace(/^https?:\/\/(www\.)?/i, '')), a)
  }
  const accountOf = (name: string, network: string): Record<string, unknown> => {
    const named = accountByName.get(normalizeText(name)) ?? []
    const candidates = network ? named.filter((a) => normalizeText(String(a.network)) === normalizeText(network)) : named
    if (candidates.length === 1) return candidates[0]
    if (candidates.length === 0) {
      return reject('account', network ? 'monRowUnknownAccountOn' : 'monRowUnknownAccount', { name, network })
    }
    const networks = candidates.map((a) => String(a.network)).join(', ')
    return reject('account', 'monRowAmbiguousAccount', { name, networks })
  }

  const outcomes: RowOutcome[] = []
  const prepared: Array<{ line: number; key: string; data: Record<string, unknown> }> = []
  const tick = progressTicker(input.onProgress, table.rows.length)
  for (const [rowIndex, row] of table.rows.entries()) {
    await tick(rowIndex)
    try {
      columnCountCheck(row, headerCount)
      const rawStart = row.get('periodStart') || row.get('date')
      if (TOTAL_ROW.test(normalizeText(rawStart))) {
        outcomes.push({ line: row.line, status: 'skipped', field: 'date', reason: tr(req, 'monTotalsRow') })
        continue
      }
      if (!rawStart) reject('date', 'monRowEmptyF')
      const start = parseDay(rawStart, dateOrder)
      if (!start) reject('date', 'monRowBadDate', { value: rawStart, order: dateOrder })
      const rawEnd = row.get('periodEnd')
      const end = rawEnd ? parseDay(rawEnd, dateOrder) : start
      if (!end) reject('periodEnd', 'monRowBadDateShort', { value: rawEnd })
      if ((end as string) < (start as string)) reject('periodEnd', 'monRowEndBeforeStart')
      if ((start as string) > today) reject('date', 'monRowFutureDate', { day: start })
      let account = fixedAccount
      if (!account) {
        const name = row.get('account').replace(/^@/, '').replace(/^https?:\/\/(www\.)?/i, '')
        if (!name) reject('account', 'monRowEmptyF')
        account = accountOf(name, row.get('network'))
      }
      const values: Record<string, null | number> = {}
      for (const field of METRICS) {
        const raw = row.get(field)
        const value = parseNumber(raw, { integer: true })
        if (Number.isNaN(value)) reject(field, 'monRowBadInteger', { value: raw })
        values[field] = value
      }
      if (METRICS.every((f) => values[f] === null)) reject('row', 'monRowNoMetric')
      const a = account as Record<string, unknown>
      const key = metricKey({ account: a.id, startDay: start as string, endDay: end as string })
      prepared.push({
        line: row.line,
        key,
        data: {
          account: a.id,
          periodStart: dayToStored(start as string),
          periodEnd: dayToStored(end as string),
          ...Object.fromEntries(METRICS.map((f) => [f, values[f] ?? undefined])),
          engagementRate: engagementRate(values.engagements, engagementRateBase === 'impressions' ? values.impressions : values.reach),
          periodKey: key,
        },
      })
    } catch (error) {
      if (!(error instanceof Rejection)) throw error
      outcomes.push({ line: row.line, status: 'rejected', field: error.field, reason: tr(req, error.key, error.vars) })
    } finally {
      // A checked row's cells are let go as its record is built: the file is held once, not twice.
      table.rows[rowIndex] = RELEASED
    }
  }

  const sameValues = (x: Record<string, unknown>, y: Record<string, unknown>) =>
    METRICS.every((f) => (x[f] ?? null) === (y[f] ?? null))
  const existing = new Map(
    (await findIn(req, 'social-metrics', 'periodKey', prepared.map((p) => p.key), { periodKey: true, followers: true, impressions: true, reach: true, engagements: true, posts: true })).map(
      (d) => [String(d.periodKey), d],
    ),
  )
  const first = new Map<string, { line: number; data: Record<string, unknown> }>()
  const items: Array<Record<string, unknown>> = []
  for (const p of prepared) {
    const found = existing.get(p.key)
    if (found) {
      if (sameValues(found, p.data)) {
        outcomes.push({ line: p.line, status: 'skipped', field: 'row', existingId: found.id as number | string, reason: tr(req, 'monMetricRecorded', { id: String(found.id) }) })
      } else {
        outcomes.push({
          line: p.line,
          status: 'rejected',
          field: 'periodStart',
          existingId: found.id as number | string,
          reason: tr(req, 'monMetricOtherValues', { id: String(found.id) }),
        })
      }
      continue
    }
    const earlier = first.get(p.key)
    if (earlier) {
      outcomes.push(
        sameValues(earlier.data, p.data)
          ? { line: p.line, status: 'skipped', field: 'row', reason: tr(req, 'monMetricRepeats', { line: earlier.line }) }
          : { line: p.line, status: 'rejected', field: 'periodStart', reason: tr(req, 'monMetricLineOtherValues', { line: earlier.line }) },
      )
      continue
    }
    first.set(p.key, p)
    items.push(p.data)
  }
  return planOf(
    { kind: 'social-metrics', mapping: table.mappingName, policy: input.policy ?? 'valid-rows', dryRun: Boolean(input.dryRun), totalRows: table.rows.length, rows: [] },
    outcomes,
    'social-metrics',
    items,
    input.sqlFastPath ?? options.monitoring.sqlFastPath,
    input.writePath,
  )
}

