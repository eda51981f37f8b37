import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, OFFICE_ROLES } from '../../../kernel/access/index.js'
import { toCsv } from '../../../kernel/formats/csv.js'
import { badParameter } from '../../publicApi/http.js'
import { CLASSIFICATIONS } from '../classification.js'
import { SLUGS } from '../../../kernel/slugs.js'

type Classified = {
  id: number | string
  title: string
  classification: string
  classificationDetails?: { legalBasis?: null | string; objective?: null | string; scope?: null | string; until?: null | string } | null
  createdAt?: string
  department?: unknown
  departments?: unknown
  mimeType?: null | string
}

export type IndexRow = {
  collection: string
  id: string
  title: string
  classification: string
  legalBasis: string
  objective: string
  scope: string
  until: string
  createdAt: string
  format: string
}

/**
 * Rows of the Índice de Información Clasificada y Reservada (Ley 1712 art. 20; Decreto 1080/2015
 * art. 2.8.5.3.2) built from the classification of contents and archive assets: no double entry.
 */
export const classifiedIndex = async (req: PayloadRequest): Promise<IndexRow[]> => {
  const rows: IndexRow[] = []
  for (const collection of ['contents', 'archive-assets'] as const) {
    const { docs } = await req.payload.find({
      collection,
      where: { classification: { in: ['classified', 'reserved'] } },
      sort: 'createdAt',
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Classified[]) {
      rows.push({
        collection,
        id: String(doc.id),
        title: doc.title,
        classification: CLASSIFICATIONS.find((option) => option.value === doc.classification)?.label.es ?? doc.classification,
        legalBasis: doc.classificationDetails?.legalBasis ?? '',
        objective: doc.classificationDetails?.objective ?? '',
        scope: doc.classificationDetails?.scope === 'partial' ? 'Parcial' : doc.classificationDetails?.scope === 'total' ? 'Total' : '',
        until: doc.classificationDetails?.until ?? '',
        createdAt: doc.createdAt ?? '',
        format: collection === SLUGS.contents ? 'text/html' : (doc.mimeType ?? ''),
      })
    }
  }
  return rows
}

/**
 * GET /api/pregonero/instruments/classified-index[?format=csv|json]: the office and auditors. The
 * published Índice is the office's decision (a title may itself reveal what is reserved), so this
 * export is for staff; the office publishes it in menu 7.1.
 */
export const classifiedIndexEndpoint = (): Endpoint => ({
  path: '/pregonero/instruments/classified-index',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...OFFICE_ROLES, 'auditor')) {
      return Response.json({ errors: [{ message: req.t(req.user ? 'error:notAllowedToPerformAction' : 'error:unauthorized') }] }, { status: req.user ? 403 : 401 })
    }
    const format = req.searchParams?.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'json') return badParameter(req, 'format', 'debe ser csv o json', 'must be csv or json')
    const rows = await classifiedIndex(req)
    if (format === 'json') return Response.json({ rows }, { headers: { 'Cache-Control': 'private, no-store' } })
    const csv = toCsv<IndexRow>(
      [
        { header: 'Nombre o título de la información', value: (row) => row.title },
        { header: 'Colección', value: (row) => row.collection },
        { header: 'Identificador', value: (row) => row.id },
        { header: 'Clasificación', value: (row) => row.classification },
        { header: 'Fundamento constitucional o legal', value: (row) => row.legalBasis },
        { header: 'Objetivo legítimo de la excepción', value: (row) => row.objective },
        { header: 'Excepción total o parcial', value: (row) => row.scope },
        { header: 'Plazo de la clasificación o reserva', value: (row) => row.until },
        { header: 'Fecha de generación de la información', value: (row) => row.createdAt },
        { header: 'Formato', value: (row) => row.format },
      ],
      rows,
      { bom: true },
    )
    return new Response(csv, {
      status: 200,
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="indice-informacion-clasificada-reservada.csv"', 'Cache-Control': 'private, no-store' },
    })
  },
})
