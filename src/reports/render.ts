import type { ReportData } from './build.js'

import { type CsvValue as Cell, rowsToCsv } from '../utilities/csv.js'
import { type PdfCell, renderPdfTables } from '../utilities/pdfTable.js'

const LIGHT: Record<string, string> = { green: 'Verde', yellow: 'Amarillo', red: 'Rojo', grey: 'Sin dato' }
const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'Sí' : 'No')

export type StoredReport = { title: string; version: number; kind: string; data: ReportData }

/** The sections of a report as tables (title, header, rows): shared by the CSV and the PDF. */
export const reportTables = (data: ReportData): Array<{ title: string; header: string[]; rows: Cell[][] }> => [
  {
    title: 'Indicadores',
    header: ['Código', 'Indicador', 'Unidad', 'Meta', 'Umbral', 'Numerador', 'Denominador', 'Valor', 'Cumple meta', 'Semáforo'],
    rows: data.indicators.map((i) => [i.code, i.name, i.unit, i.target, i.alertThreshold, i.numerator, i.denominator, i.value, yesNo(i.meetsTarget), LIGHT[i.light] ?? i.light]),
  },
  {
    title: 'Solicitudes recibidas por dependencia y estado',
    header: ['Dependencia', ...data.requests.statuses, 'Total'],
    rows: [...data.requests.rows.map((r) => [r.department, ...r.counts, r.total]), ['Total', ...data.requests.totals, data.requests.total]],
  },
  {
    title: 'Avance de los planes',
    header: ['Plan', 'Año', 'Alcance', 'Estado', 'Avance (%)', 'Acciones', 'Presupuesto planeado', 'Presupuesto ejecutado'],
    rows: data.plans.map((p) => [p.title, p.year, p.scope, p.status, p.progress, p.actions, p.plannedBudget, p.executedBudget]),
  },
  {
    title: 'Campañas del periodo',
    header: ['Campaña', 'Tipo', 'Estado', 'Presupuesto planeado', 'Presupuesto ejecutado', 'Compromisos cumplidos', 'Compromisos'],
    rows: data.campaigns.map((c) => [c.name, c.kind, c.status, c.plannedBudget, c.executedBudget, c.commitmentsFulfilled, c.commitments]),
  },
  {
    title: 'Alertas de cumplimiento del periodo',
    header: ['Tipo', 'Generadas', 'Abiertas', 'Resueltas'],
    rows: data.alerts.map((a) => [a.kind, a.raised, a.open, a.resolved]),
  },
  {
    title: 'Acciones correctivas y de mejora',
    header: ['Estado', 'Cantidad'],
    rows: [...data.improvementActions.statuses.map((s) => [s.status, s.count]), ['Vencidas', data.improvementActions.overdue]],
  },
]

/** CSV: a heading block, then each section (title row, header row, data rows) separated by a blank line. */
export const reportCsv = (report: StoredReport): string => {
  const rows: Cell[][] = [
    [report.title],
    ['Entidad', report.data.institution],
    ['Periodo', report.data.period.label],
    ['Versión', report.version],
    ['Generado', report.data.generatedAt],
  ]
  for (const table of reportTables(report.data)) rows.push([], [table.title], table.header, ...table.rows)
  return rowsToCsv(rows)
}

/** PDF: the same sections as tables (src/utilities/pdfTable.ts). Deterministic for the stored data. */
export const reportPdf = (report: StoredReport): Promise<Buffer> =>
  renderPdfTables({
    title: report.title,
    meta: [
      ['Entidad', report.data.institution],
      ['Periodo', report.data.period.label],
      ['Versión', String(report.version)],
      ['Generado', report.data.generatedAt],
    ],
    author: report.data.institution,
    landscape: true,
    compress: false,
    footer: `${report.title} · v${report.version}`,
    sections: reportTables(report.data).map((table) => ({
      heading: table.title,
      columns: table.header.map((header) => ({ header })),
      rows: table.rows as PdfCell[][],
      emptyText: '(sin datos)',
    })),
  })
