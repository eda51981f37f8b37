import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { hasRole, OFFICE_ROLES } from '../../kernel/access/index.js'
import { archiveInventory, dueForDisposition, toCsv } from './inventory.js'
import { parseRetentionCsv } from './retentionCsv.js'
import { removeSpooledFiles } from '../../kernel/uploads/spooledFiles.js'
import { uploadedText } from '../../kernel/uploads/uploadedText.js'
import { type CodeNamer, codeNamer } from '../../kernel/admin/stateLabels.js'
import { officeDay } from '../../kernel/time/officeDates.js'
import { decodeText, type TextEncodingRead } from '../../kernel/formats/decodeText.js'
import { badParameter } from '../publicApi/http.js'
import { tr } from '../../kernel/i18n/index.js'
import { fieldRefusal } from '../../kernel/errors.js'
import { SLUGS } from '../../kernel/slugs.js'

const denied = (req: PayloadRequest) =>
  Response.json({ errors: [{ message: tr(req, req.user ? 'forbidden' : 'unauthorized') }] }, { status: req.user ? 403 : 401 })

const csvResponse = (body: string, name: string) =>
  new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}"` },
  })

/** Archive codes (kinds, access levels, statuses) named in the reader's language. */
const assetNames = (req: PayloadRequest): CodeNamer => codeNamer((slug) => req.payload.collections[slug as CollectionSlug]?.config.fields, req.i18n?.language ?? 'es')

const wantsCsv = (req: PayloadRequest) => (req.searchParams?.get('format') ?? 'csv') === 'csv'
/** `format` must be csv or json: anything else is a 400 naming the parameter. */
const badFormat = (req: PayloadRequest): null | Response => {
  const format = req.searchParams?.get('format')
  return format === null || format === undefined || format === 'csv' || format === 'json'
    ? null
    : badParameter(req, 'format', 'paramCsvOrJson')
}

/** GET /api/archive/inventory[?format=csv|json]: office roles and auditors. */
export const archiveInventoryEndpoint = (_options: ResolvedOptions): Endpoint => ({
  path: '/archive/inventory',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...OFFICE_ROLES, 'auditor')) return denied(req)
    const invalid = badFormat(req)
    if (invalid) return invalid
    const rows = await archiveInventory(req)
    if (!wantsCsv(req)) return Response.json({ rows })
    // The CSV names kinds and access levels in the reader's language (the JSON keeps the codes).
    const name = assetNames(req)
    const csv = toCsv(
      [['kind', 'tipo'], ['year', 'año'], ['department', 'dependencia'], ['accessLevel', 'nivel_de_acceso'], ['count', 'cantidad'], ['totalSize', 'tamaño_total_bytes']],
      rows.map((row) => ({ ...row, kind: name('archive-assets', 'kind', String(row.kind)), accessLevel: name('archive-assets', 'accessLevel', String(row.accessLevel)) })),
    )
    return csvResponse(csv, `inventario-archivo-${new Date().toISOString().slice(0, 10)}.csv`)
  },
})

/** GET /api/archive/disposition[?format=csv|json][&at=ISO date]: assets due for disposition. */
export const archiveDispositionEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/archive/disposition',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'head', 'auditor')) return denied(req)
    const invalid = badFormat(req)
    if (invalid) return invalid
    const atParam = req.searchParams?.get('at')
    const at = atParam ? new Date(atParam) : new Date()
    if (Number.isNaN(at.getTime())) {
      return fieldRefusal(req, 'at', tr(req, 'atInvalid'))
    }
    const rows = await dueForDisposition(req, at)
    if (!wantsCsv(req)) return Response.json({ rows })
    const name = assetNames(req)
    const csv = toCsv(
      [['id', 'id'], ['title', 'título'], ['series', 'serie'], ['years', 'años_retención'], ['disposition', 'disposición_final'], ['dueAt', 'vence'], ['status', 'estado'], ['legalHold', 'retención_legal']],
      rows.map((row) => ({ ...row, dueAt: officeDay(row.dueAt, options.timeZone), status: name('archive-assets', 'status', String(row.status)) })),
    )
    return csvResponse(csv, `disposicion-final-${at.toISOString().slice(0, 10)}.csv`)
  },
})

/**
 * POST /api/archive/retention-series/import: the TRD as CSV (raw `text/csv` body, or multipart
 * `file`). Head or admin. All rows are validated first: any error answers 400 listing the lines,
 * and nothing is written. Rows upsert by code, in one transaction.
 */
export const importRetentionSeriesEndpoint = (_options: ResolvedOptions): Endpoint => ({
  path: '/archive/retention-series/import',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, 'admin', 'head')) return denied(req)
    let text: string
    let encoding: TextEncodingRead
    const type = req.headers.get('content-type') ?? ''
    if (type.includes('multipart/form-data')) {
      // The upload is spooled to a temp file (upload.useTempFiles): read, then removed on every path.
      try {
        await addDataAndFileToRequest(req)
        const uploaded = await uploadedText(req)
        if (uploaded === null) return fieldRefusal(req, 'file', tr(req, 'fileCsvMissing'))
        ;({ text, encoding } = uploaded)
      } finally {
        await removeSpooledFiles(req)
      }
    } else {
      ;({ text, encoding } = decodeText(req.arrayBuffer ? await req.arrayBuffer() : new Uint8Array()))
    }
    if (!text.trim()) return fieldRefusal(req, 'file', tr(req, 'csvEmpty'))
    const { rows, errors } = parseRetentionCsv(text, (key, vars) => tr(req, key, vars))
    if (errors.length) return Response.json({ errors: errors.map((message) => ({ message })) }, { status: 400 })
    const shouldCommit = await initTransaction(req)
    try {
      let created = 0
      let updated = 0
      for (const row of rows) {
        const { docs } = await req.payload.find({
          collection: SLUGS.retentionSeries,
          where: { code: { equals: row.code } },
          limit: 1,
          depth: 0,
          req,
          overrideAccess: true,
        })
        if (docs[0]) {
          await req.payload.update({ collection: SLUGS.retentionSeries, id: (docs[0] as { id: number | string }).id, data: row, req, overrideAccess: true })
          updated++
        } else {
          await req.payload.create({ collection: SLUGS.retentionSeries, data: row, req, overrideAccess: true })
          created++
        }
      }
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ created, updated, encoding })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
})
