import type { MonitoringFigures, ReportData } from './build.js'

import { type CodeNamer, codesAsIs } from '../../../kernel/admin/stateLabels.js'
import type { CsvValue as Cell } from '../../../kernel/formats/csv.js'
import { FREE_PRESS_LABEL, OUTLET_TYPES, SENTIMENTS } from '../../monitoring/vocabulary.js'

/**
 * A report's sections as tables (title, header, rows): the CSV, the PDF and the admin's report view
 * (ReportDataField) show the same ones. Pure, no server module: the admin imports it. Stored codes
 * (statuses, kinds, scopes) are named by `name` — labels in the reader's language (issue 15, item 8).
 */
const LIGHT: Record<string, string> = { green: 'Verde', yellow: 'Amarillo', red: 'Rojo', grey: 'Sin dato' }
const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'Sí' : 'No')

export type Table = { title: string; header: string[]; rows: Cell[][] }

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
export const reportTables = (data: ReportData, name: CodeNamer = codesAsIs): Table[] => [
  {
    title: 'Indicadores',
    header: ['Código', 'Indicador', 'Unidad', 'Meta', 'Umbral', 'Numerador', 'Denominador', 'Valor', 'Cumple meta', 'Semáforo'],
    rows: data.indicators.map((i) => [i.code, i.name, i.unit, i.target, i.alertThreshold, i.numerator, i.denominator, i.value, yesNo(i.meetsTarget), LIGHT[i.light] ?? i.light]),
  },
  {
    title: 'Solicitudes recibidas por dependencia y estado',
    header: ['Dependencia', ...data.requests.statuses.map((s) => name('communication-requests', 'status', s)), 'Total'],
    rows: [...data.requests.rows.map((r) => [r.department, ...r.counts, r.total]), ['Total', ...data.requests.totals, data.requests.total]],
  },
  {
    title: 'Avance de los planes',
    header: ['Plan', 'Año', 'Alcance', 'Estado', 'Avance (%)', 'Acciones', 'Presupuesto planeado', 'Presupuesto ejecutado'],
    rows: data.plans.map((p) => [p.title, p.year, name('communication-plans', 'scope', p.scope), name('communication-plans', 'status', p.status), p.progress, p.actions, p.plannedBudget, p.executedBudget]),
  },
  {
    title: 'Campañas del periodo',
    header: ['Campaña', 'Tipo', 'Estado', 'Presupuesto planeado', 'Presupuesto ejecutado', 'Compromisos cumplidos', 'Compromisos'],
    rows: data.campaigns.map((c) => [c.name, name('campaigns', 'kind', c.kind), name('campaigns', 'status', c.status), c.plannedBudget, c.executedBudget, c.commitmentsFulfilled, c.commitments]),
  },
  {
    title: 'Alertas de cumplimiento del periodo',
    header: ['Tipo', 'Generadas', 'Abiertas', 'Resueltas'],
    rows: data.alerts.map((a) => [name('alerts', 'kind', a.kind), a.raised, a.open, a.resolved]),
  },
  {
    title: 'Acciones correctivas y de mejora',
    header: ['Estado', 'Cantidad'],
    rows: [...data.improvementActions.statuses.map((s) => [name('improvement-actions', 'status', s.status), s.count]), ['Vencidas', data.improvementActions.overdue]],
  },
  ...(data.monitoring ? monitoringTables(data.monitoring) : []),
]

