import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'
import type { Audience, Instrument, InstrumentKey } from '../instruments/instruments.js'

import { hasRole, OFFICE_ROLES } from '../../../kernel/access/index.js'
import { toCsv } from '../../../kernel/formats/csv.js'
import { toXlsx, XLSX_TYPE } from '../../../kernel/formats/xlsx.js'
import { withLabel } from '../../../kernel/i18n/fieldLabel.js'
import { tr } from '../../../kernel/i18n/index.js'
import { cacheControl } from '../../publicApi/http.js'
import { assetRegister, classifiedIndex, publicationScheme } from '../instruments/instruments.js'
import { readInventory } from '../instruments/inventory.js'

const FORMATS = ['csv', 'xlsx', 'json'] as const
type Format = (typeof FORMATS)[number]

/** The office and auditors read the Índice with titles; everyone else, the public Índice. */
export const audienceOf = (req: PayloadRequest): Audience => (hasRole(req.user, ...OFFICE_ROLES, 'auditor') ? 'staff' : 'public')

/** Builds one instrument from the one inventory, for this caller. */
export const buildInstrument = async (req: PayloadRequest, options: ResolvedOptions, key: InstrumentKey): Promise<Instrument> => {
  const inventory = await readInventory(req, options)
  if (key === 'asset-register') return assetRegister(inventory)
  if (key === 'classified-index') return classifiedIndex(inventory, audienceOf(req))
  return publicationScheme(inventory, options.branding.officeName)
}

const refuseFormat = (req: PayloadRequest) => {
  const message = withLabel(req, null, 'format', tr(req, 'instrumentFormat', { allowed: FORMATS.join(', ') }))
  return Response.json({ errors: [{ name: 'ValidationError', message, data: { errors: [{ path: 'format', message }] } }] }, { status: 400 })
}

/**
 * GET /api/pregonero/instruments/{asset-register|classified-index|publication-scheme}[?format=csv|xlsx|json]
 * (CSV by default). Public duties published in menu 7.1 (Ley 1712 arts. 13, 20; Decreto 1080/2015):
 * anyone reads them. They never reveal what the caller could not read: the Registro lists
 * categories with counts (no titles), the Esquema only published records, and the Índice gives the
 * titles of classified and reserved information to the office and auditors only.
 */
export const instrumentEndpoint = (options: ResolvedOptions, key: InstrumentKey): Endpoint => ({
  path: `/pregonero/instruments/${key}`,
  method: 'get',
  handler: async (req) => {
    const format = (req.searchParams?.get('format') ?? 'csv') as Format
    if (!FORMATS.includes(format)) return refuseFormat(req)
    const instrument = await buildInstrument(req, options, key)
    // The staff's Índice differs from the public one: never cached for anyone signed in.
    const headers: Record<string, string> = { 'Cache-Control': req.user ? 'private, no-store' : cacheControl(req, options.api), Vary: 'Authorization, Cookie' }
    if (format === 'json') return Response.json({ title: instrument.title, columns: instrument.columns, rows: instrument.rows }, { headers })
    const disposition = (extension: string) => `attachment; filename="${instrument.filename}.${extension}"`
    if (format === 'xlsx') {
      const body = await toXlsx(instrument.title, instrument.columns, instrument.rows, { creator: options.institutionName, title: instrument.title })
      return new Response(new Uint8Array(body), { status: 200, headers: { ...headers, 'Content-Type': XLSX_TYPE, 'Content-Disposition': disposition('xlsx') } })
    }
    const csv = toCsv(instrument.columns.map((column) => ({ header: column.header, value: (row: Record<string, string>) => row[column.key] })), instrument.rows, { bom: true })
    return new Response(csv, { status: 200, headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': disposition('csv') } })
  },
})
