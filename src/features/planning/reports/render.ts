import type { ReportData } from './build.js'

import { type CodeNamer, codesAsIs } from '../../../kernel/admin/stateLabels.js'
import { type CsvValue as Cell, rowsToCsv } from '../../../kernel/formats/csv.js'
import { type PdfCell, renderPdfTables } from '../../../kernel/formats/pdfTable.js'
import { officeDateTime } from '../../../kernel/time/officeDates.js'
import { reportTables } from './tables.js'

export { monitoringTables, reportTables } from './tables.js'
export type StoredReport = { title: string; version: number; kind: string; data: ReportData }

/** CSV: a heading block, then each section (title row, header row, data rows) separated by a blank line. */
export const reportCsv = (report: StoredReport, name: CodeNamer = codesAsIs, timeZone?: string): string => {
  const rows: Cell[][] = [
    [report.title],
    ['Entidad', report.data.institution],
    ['Periodo', report.data.period.label],
    ['Versión', report.version],
    ['Generado', officeDateTime(report.data.generatedAt, timeZone)],
  ]
  for (const table of reportTables(report.data, name)) rows.push([], [table.title], table.header, ...table.rows)
  return rowsToCsv(rows)
}

/** PDF: the same sections as tables (src/kernel/formats/pdfTable.ts). Deterministic for the stored data. */
export const reportPdf = (report: StoredReport, name: CodeNamer = codesAsIs, timeZone?: string): Promise<Buffer> =>
  renderPdfTables({
    title: report.title,
    meta: [
      ['Entidad', report.data.institution],
      ['Periodo', report.data.period.label],
      ['Versión', String(report.version)],
      ['Generado', officeDateTime(report.data.generatedAt, timeZone)],
    ],
    author: report.data.institution,
    landscape: true,
    compress: false,
    footer: `${report.title} · v${report.version}`,
    sections: reportTables(report.data, name).map((table) => ({
      heading: table.title,
      columns: table.header.map((header) => ({ header })),
      rows: table.rows as PdfCell[][],
      emptyText: '(sin datos)',
    })),
  })
