import type { MonitoringFigures, ReportData } from './build.js'

import { FREE_PRESS_LABEL, OUTLET_TYPES, SENTIMENTS } from '../../monitoring/vocabulary.js'

import { type CsvValue as Cell, rowsToCsv } from '../../../kernel/formats/csv.js'
import { type PdfCell, renderPdfTables } from '../../../kernel/formats/pdfTable.js'

const LIGHT: Record<string, string> = { green: 'Verde', yellow: 'Amarillo', red: 'Rojo', grey: 'Sin dato' }
const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'Sí' : 'No')

export type StoredReport = { title: string; version: number; kind: string; data: ReportData }

type Table = { title: string; header: string[]; rows: Cell[][] }

const SENTIMENT_ES: Record<string, string> = Object.fromEntries(SENTIMENTS.map((s) => [s.value, s.label.es]))
const OUTLET_ES: Record<string, string> = Object.fromEntries(OUTLET_TYPES.map((t) => [t.value, t.label.es]))
const percent = (share: null | number) => (share === null ? null : Math.round(share * 10_000) / 100)

/** The monitoring sections (media, social networks, intranet) of a follow-up report. */
export const monitoringTables = (m: MonitoringFigures): Table[] => {
  const social = m.social
  const sum = (pick: (a: MonitoringFigures['social'][number]) => number) => social.reduce((t, a) => t + pick(a), 0)
  return [
    {
      title: 'Monitoreo de medios: menciones por sentimiento',
      header: ['Sentimiento', 'Menciones'],
      rows: [
        ...SENTIMENTS.map((s) => [s.label.es, m.mentions.bySentiment[s.value]] as Cell[]),
        ['Total', m.mentions.total],
        ['Índice neto de sentimiento (positivas − negativas) / total', m.sentimentIndex],
      ],
    },
    {
      title: 'Monitoreo de medios: menciones por tipo de medio',
      header: ['Tipo de medio', ...SENTIMENTS.map((s) => s.label.es), 'Total'],
      rows: OUTLET_TYPES.map((t) => [OUTLET_ES[t.value], ...SENTIMENTS.map((s) => m.mentions.matrix[t.value][s.value]), m.mentions.byOutletType[t.value]] as Cell[]),
    },
    {
      title: 'Monitoreo de medios: participación por tema',
      header: ['Tema', 'Menciones', 'Participación (%)'],
      rows: m.shareOfVoice.map((t) => [t.topic ?? '(sin tema)', t.mentions, percent(t.share)]),
    },
    {
      title: 'Monitoreo de medios: recogida de comunicados de prensa',
      header: ['Comunicados publicados', 'Con al menos una mención', 'Tasa de recogida (%)'],
      rows: [[m.pickup.releases, m.pickup.pickedUp, percent(m.pickup.rate)]],
    },
    {
      title: 'Redes sociales: alcance e interacción por cuenta',
      header: ['Red', 'Cuenta', 'Seguidores', 'Impresiones', 'Alcance', 'Interacciones', 'Publicaciones', 'Tasa de interacción (%)'],
      rows: [
        ...social.map((a) => [a.network, a.handle, a.followers, a.impressions, a.reach, a.engagements, a.posts, a.engagementRate] as Cell[]),
        ...(social.length ? [['Total', '', null, sum((a) => a.impressions), sum((a) => a.reach), sum((a) => a.engagements), sum((a) => a.posts), null] as Cell[]] : []),
      ],
    },
    {
      title: 'Intranet: lecturas por dependencia',
      header: ['Dependencia', 'Lecturas', 'Lectores', 'Contenidos leídos'],
      rows: m.reads.map((d) => [d.name ?? '(sin dependencia)', d.reads, d.readers, d.contents]),
    },
    {
      title: FREE_PRESS_LABEL.es,
      header: ['Estimación (COP)', 'Menciones con valor'],
      rows: [[m.advertisingValueEquivalent.estimate, m.advertisingValueEquivalent.mentionsWithValue]],
    },
  ]
}

/** The sections of a report as tables (title, header, rows): shared by the CSV and the PDF. */
export const reportTables = (data: ReportData): Table[] => [
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
  ...(data.monitoring ? monitoringTables(data.monitoring) : []),
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

/** PDF: the same sections as tables (src/kernel/formats/pdfTable.ts). Deterministic for the stored data. */
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
