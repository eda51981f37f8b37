import type { ReportData } from './build.js'

import { type CodeNamer, codesAsIs } from '../../../kernel/admin/stateLabels.js'
import { type CsvValue as Cell, rowsToCsv } from '../../../kernel/formats/csv.js'
import { type PdfCell, renderPdfTables } from '../../../kernel/formats/pdfTable.js'
import { officeDateTime } from '../../../kernel/time/officeDates.js'
import { reportTables, type ReportWords, spanishWords } from './tables.js'

export { monitoringTables, reportTables, spanishWords, wordsIn } from './tables.js'
export type StoredReport = { title: string; version: number; kind: string; data: ReportData }

/** CSV: a heading block, then each section (title row, header row, data rows) separated by a blank line. */
export const reportCsv = (report: StoredReport, name: CodeNamer = codesAsIs, timeZone?: string, t: ReportWords = spanishWords): string => {
  const rows: Cell[][] = [
    [report.title],
    [t('rpInstitution'), report.data.institution],
    [t('rpPeriod'), report.data.period.label],
    [t('rpVersion'), report.version],
    [t('rpGenerated'), officeDateTime(report.data.generatedAt, timeZone)],
  ]
  for (const table of reportTables(report.data, name, t)) rows.push([], [table.title], table.header, ...table.rows)
  return rowsToCsv(rows)
}

/** PDF: the same sections as tables (src/kernel/formats/pdfTable.ts). Deterministic for the stored data. */
export const reportPdf = (report: StoredReport, name: CodeNamer = codesAsIs, timeZone?: string, t: ReportWords = spanishWords): Promise<Buffer> =>
  renderPdfTables({
    title: report.title,
    meta: [
      [t('rpInstitution'), report.data.institution],
      [t('rpPeriod'), report.data.period.label],
      [t('rpVersion'), String(report.version)],
      [t('rpGenerated'), officeDateTime(report.data.generatedAt, timeZone)],
    ],
    author: report.data.institution,
    landscape: true,
    compress: false,
    footer: `${report.title} · v${report.version}`,
    sections: reportTables(report.data, name, t).map((table) => ({
      heading: table.title,
      columns: table.header.map((header) => ({ header })),
      rows: table.rows as PdfCell[][],
      emptyText: t('rpNoData'),
    })),
  })
