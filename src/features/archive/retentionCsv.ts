import { parse } from 'csv-parse/sync'

import type { Disposition } from './dispositions.js'

import { foldText } from '../../kernel/accents.js'
import { type MessageKey, tr } from '../../kernel/i18n/index.js'

/** One series as imported. */
export type SeriesRow = {
  code: string
  seriesCode: string
  seriesName: string
  subseriesCode?: string
  subseriesName?: string
  documentTypes?: string
  officeYears: number
  centralYears: number
  disposition: Disposition
  procedure?: string
}

/** Accepted headers (Spanish as the AGN forms name them, or English) → field. */
const HEADERS: Record<string, keyof SeriesRow> = {
  codigo_serie: 'seriesCode', serie_codigo: 'seriesCode', 'series code': 'seriesCode', series_code: 'seriesCode', serie: 'seriesName',
  nombre_serie: 'seriesName', series: 'seriesName', series_name: 'seriesName',
  codigo_subserie: 'subseriesCode', subseries_code: 'subseriesCode', subserie: 'subseriesName', nombre_subserie: 'subseriesName',
  subseries: 'subseriesName', subseries_name: 'subseriesName',
  tipos_documentales: 'documentTypes', document_types: 'documentTypes',
  retencion_gestion: 'officeYears', archivo_gestion: 'officeYears', ag: 'officeYears', office_years: 'officeYears',
  retencion_central: 'centralYears', archivo_central: 'centralYears', ac: 'centralYears', central_years: 'centralYears',
  disposicion: 'disposition', disposicion_final: 'disposition', disposition: 'disposition',
  procedimiento: 'procedure', procedure: 'procedure',
}

const DISPOSITION_WORDS: Record<string, Disposition> = {
  ct: 'CT', 'conservacion total': 'CT', e: 'E', eliminacion: 'E', s: 'S', seleccion: 'S', m: 'M', 'medio tecnico': 'M', digitalizacion: 'M',
}

const fold = (s: string) => foldText(s).trim()

/**
 * Parses the office's TRD CSV (comma or semicolon separated, UTF-8 with or without BOM).
 * Required columns: series code and name, years in office and central archives, final
 * disposition. Returns the rows, or the errors by line (nothing is imported if any).
 */
export const parseRetentionCsv = (
  text: string,
  t: (key: MessageKey, vars?: Record<string, unknown>) => string = (key, vars) => tr(null, key, vars),
): { rows: SeriesRow[]; errors: string[] } => {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  let records: Record<string, string>[]
  try {
    records = parse(text, { bom: true, columns: (header: string[]) => header.map((h) => HEADERS[fold(h).replace(/\s+/g, '_')] ?? HEADERS[fold(h)] ?? fold(h)), delimiter, skip_empty_lines: true, trim: true })
  } catch (error) {
    return { rows: [], errors: [`CSV: ${(error as Error).message}`] }
  }
  const rows: SeriesRow[] = []
  const errors: string[] = []
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const line = index + 2
    const problems: string[] = []
    const seriesCode = record.seriesCode?.trim()
    const seriesName = record.seriesName?.trim()
    if (!seriesCode) problems.push(t('retentionSeriesCodeEmpty'))
    if (!seriesName) problems.push(t('retentionSeriesNameEmpty'))
    const officeYears = Number(String(record.officeYears ?? '').replace(',', '.'))
    const centralYears = Number(String(record.centralYears ?? '').replace(',', '.'))
    if (!Number.isFinite(officeYears) || officeYears < 0 || record.officeYears === '') problems.push(t('retentionOfficeYearsInvalid'))
    if (!Number.isFinite(centralYears) || centralYears < 0 || record.centralYears === '') problems.push(t('retentionCentralYearsInvalid'))
    const disposition = DISPOSITION_WORDS[fold(String(record.disposition ?? ''))]
    if (!disposition) problems.push(t('retentionDispositionInvalid', { value: record.disposition ?? '' }))
    const subseriesCode = record.subseriesCode?.trim() || undefined
    const code = subseriesCode ? `${seriesCode}.${subseriesCode}` : seriesCode
    if (code && seen.has(code)) problems.push(t('retentionCodeRepeated', { code }))
    if (code) seen.add(code)
    if (problems.length) {
      errors.push(t('retentionLine', { line, problems: problems.join('; ') }))
      return
    }
    rows.push({
      code: code!,
      seriesCode: seriesCode!,
      seriesName: seriesName!,
      subseriesCode,
      subseriesName: record.subseriesName?.trim() || undefined,
      documentTypes: record.documentTypes?.trim() || undefined,
      officeYears,
      centralYears,
      disposition: disposition!,
      procedure: record.procedure?.trim() || undefined,
    })
  })
  return { rows, errors }
}
