import PDFDocument from 'pdfkit'

import type { ReportData } from './build.js'

import { type CsvValue as Cell, rowsToCsv } from '../utilities/csv.js'

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

/**
 * PDF with pdfkit (a shared table renderer src/utilities/pdfTable.ts is being written on another
 * branch; this minimal one is folded at merge). Deterministic for the stored data.
 */
export const reportPdf = (report: StoredReport): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 36, compress: false, info: { Title: report.title, Author: report.data.institution, CreationDate: new Date(report.data.generatedAt) } })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.font('Helvetica-Bold').fontSize(16).text(report.title)
    doc.font('Helvetica').fontSize(10).text(`${report.data.institution} · Periodo ${report.data.period.label} · Versión ${report.version} · Generado ${report.data.generatedAt}`)
    const width = doc.page.width - 72
    for (const table of reportTables(report.data)) {
      doc.moveDown(1).font('Helvetica-Bold').fontSize(12).text(table.title, 36)
      const colW = width / table.header.length
      const line = (cells: Cell[], bold: boolean) => {
        if (doc.y > doc.page.height - 60) doc.addPage()
        const y = doc.y
        doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8)
        let h = 0
        cells.forEach((cell, i) => {
          const text = cell === null || cell === undefined ? '' : String(cell)
          doc.text(text, 36 + i * colW, y, { width: colW - 4 })
          h = Math.max(h, doc.y - y)
        })
        doc.x = 36
        doc.y = y + h + 2
      }
      line(table.header, true)
      if (!table.rows.length) line(['(sin datos)'], false)
      for (const row of table.rows) line(row, false)
    }
    doc.end()
  })
