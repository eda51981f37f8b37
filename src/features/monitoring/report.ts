import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { CsvValue as CsvCell } from '../../kernel/formats/csv.js'
import type { AccountFigures, DepartmentReads, MentionBreakdown, Period, PickupRate, TopicShare } from './figures.js'

import { renderPdfTables } from '../../kernel/formats/pdfTable.js'
import { OFFICE_TIME_ZONE, officeDateTime, officeDay } from '../../kernel/time/officeDates.js'
import { rowsToCsv } from '../../kernel/formats/csv.js'
import {
  advertisingValueEquivalent,
  mentionsBySentimentAndOutletType,
  pressReleasePickupRate,
  readsByDepartment,
  sentimentIndex,
  shareOfVoiceByTopic,
  socialFiguresByAccount,
} from './figures.js'
import { FREE_PRESS_LABEL, OUTLET_TYPES, SENTIMENTS } from './vocabulary.js'
import { SLUGS } from '../../kernel/slugs.js'

export const REPORT_TITLE = 'Informe de seguimiento al monitoreo de medios'

export type MonitoringReport = {
  title: string
  institution: string
  period: { from: string; to: string; label: string }
  generatedAt: string
  mentions: MentionBreakdown
  sentiment: { positive: number; neutral: number; negative: number; total: number; index: null | number }
  shareOfVoice: TopicShare[]
  pickup: PickupRate
  social: AccountFigures[]
  reads: DepartmentReads[]
  advertisingValueEquivalent: { estimate: number; mentionsWithValue: number; label: string }
  negativeMentions: Array<{ date: string; outlet: string; headline: string; url: null | string; topic: null | string }>
}

const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']

/** Midnight of `day` in `timeZone`, as an instant. */
export const zonedMidnight = (day: string, timeZone: string): Date => {
  const guess = new Date(`${day}T00:00:00.000Z`)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(guess)
      .map((p) => [p.type, p.value]),
  )
  const asLocal = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second))
  return new Date(guess.getTime() - (asLocal - guess.getTime()))
}

/** The calendar month `YYYY-MM` in `timeZone` as a period (`to` exclusive), or null if malformed. */
export const monthPeriod = (month: string, timeZone: string): null | (Period & { label: string }) => {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`
  return { from: zonedMidnight(`${month}-01`, timeZone), to: zonedMidnight(next, timeZone), label: `${MONTHS_ES[mo - 1]} de ${y}` }
}

/** Gathers every figure of the monthly media-monitoring report for `period`. */
export const buildMonitoringReport = async (
  source: Payload | PayloadRequest,
  options: ResolvedOptions,
  period: Period & { label?: string },
): Promise<MonitoringReport> => {
  const figureOptions = { sqlFastPath: options.monitoring.sqlFastPath, engagementRateBase: options.monitoring.engagementRateBase }
  const mentions = await mentionsBySentimentAndOutletType(source, period, figureOptions)
  const sentiment = await sentimentIndex(source, period, figureOptions)
  const payload = 'db' in source && 'collections' in source ? (source as Payload) : (source as PayloadRequest).payload
  const req = payload === source ? undefined : (source as PayloadRequest)
  const negatives = await payload.find({
    collection: SLUGS.mediaMentions,
    where: {
      and: [
        { sentiment: { equals: 'negative' } },
        { date: { greater_than_equal: period.from.toISOString() } },
        { date: { less_than: period.to.toISOString() } },
      ],
    },
    sort: 'date',
    limit: 200,
    depth: 1,
    req,
    overrideAccess: true,
  })
  const ave = await advertisingValueEquivalent(source, period, figureOptions)
  return {
    title: REPORT_TITLE,
    institution: options.institutionName,
    period: { from: period.from.toISOString(), to: period.to.toISOString(), label: period.label ?? `${period.from.toISOString().slice(0, 10)} – ${period.to.toISOString().slice(0, 10)}` },
    generatedAt: new Date().toISOString(),
    mentions,
    sentiment,
    shareOfVoice: await shareOfVoiceByTopic(source, period, figureOptions),
    pickup: await pressReleasePickupRate(source, period, figureOptions),
    social: await socialFiguresByAccount(source, period, figureOptions),
    reads: await readsByDepartment(source, period, figureOptions),
    advertisingValueEquivalent: { ...ave, label: `${FREE_PRESS_LABEL.es} / ${FREE_PRESS_LABEL.en}` },
    negativeMentions: (negatives.docs as unknown as Array<Record<string, unknown>>).map((d) => ({
      date: String(d.date).slice(0, 10),
      outlet: typeof d.outlet === 'object' && d.outlet ? String((d.outlet as { name?: string }).name ?? '') : String(d.outlet ?? ''),
      headline: String(d.headline ?? ''),
      url: (d.url as null | string) ?? null,
      topic: (d.topic as null | string) ?? null,
    })),
  }
}

const sentimentLabel = (s: string) => SENTIMENTS.find((x) => x.value === s)?.label.es ?? s
const typeLabel = (t: string) => OUTLET_TYPES.find((x) => x.value === t)?.label.es ?? t
const pct = (value: null | number) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`)

/** The report's tables, shared by the CSV and the PDF (heading, note, header, rows). */
const tables = (r: MonitoringReport) => [
  {
    heading: 'Menciones por tipo de medio y sentimiento / Mentions by outlet type and sentiment',
    note: `Total de menciones: ${r.mentions.total}. Índice neto de sentimiento (positivas - negativas) / total: ${r.sentiment.index === null ? '—' : r.sentiment.index.toFixed(2)}.`,
    header: ['Tipo de medio / Outlet type', ...SENTIMENTS.map((s) => `${s.label.es} / ${s.label.en}`), 'Total'],
    rows: [
      ...OUTLET_TYPES.map((t) => [typeLabel(t.value), ...SENTIMENTS.map((s) => r.mentions.matrix[t.value][s.value]), r.mentions.byOutletType[t.value]]),
      ['Total', ...SENTIMENTS.map((s) => r.mentions.bySentiment[s.value]), r.mentions.total],
    ] as CsvCell[][],
  },
  {
    heading: 'Participación por tema / Share of voice by topic',
    note: 'Menciones de cada tema sobre el total de menciones del periodo. / Mentions of each topic over all mentions of the period.',
    header: ['Tema / Topic', 'Menciones / Mentions', 'Participación / Share'],
    rows: r.shareOfVoice.map((t) => [t.topic ?? '(sin tema / no topic)', t.mentions, pct(t.share)]) as CsvCell[][],
  },
  {
    heading: 'Recogida de comunicados / Press-release pickup',
    note: 'Comunicados publicados en el periodo con al menos una mención / comunicados publicados. / Press releases published in the period with at least one mention / press releases published.',
    header: ['Comunicados publicados / Releases', 'Con mención / Picked up', 'Tasa / Rate'],
    rows: [[r.pickup.releases, r.pickup.pickedUp, pct(r.pickup.rate)]] as CsvCell[][],
  },
  {
    heading: 'Redes sociales por cuenta / Social accounts',
    note: 'Alcance e impresiones: suma de los registros del periodo (el alcance no se deduplica entre registros). Tasa de interacción = interacciones / alcance × 100. Seguidores: último registro del periodo.',
    header: ['Red / Network', 'Cuenta / Account', 'Seguidores / Followers', 'Impresiones / Impressions', 'Alcance / Reach', 'Interacciones / Engagements', 'Publicaciones / Posts', 'Tasa de interacción / Engagement rate'],
    rows: r.social.map((a) => [a.network, a.handle, a.followers, a.impressions, a.reach, a.engagements, a.posts, a.engagementRate === null ? '—' : `${a.engagementRate.toFixed(2)} %`]) as CsvCell[][],
  },
  {
    heading: 'Lecturas en la intranet por dependencia / Intranet reads by department',
    note: 'Una lectura como máximo por persona, contenido y día. / At most one read per person, content and day.',
    header: ['Dependencia / Department', 'Lecturas / Reads', 'Lectores / Readers', 'Contenidos / Contents'],
    rows: r.reads.map((d) => [d.name ?? '(sin dependencia / none)', d.reads, d.readers, d.contents]) as CsvCell[][],
  },
  {
    heading: 'Menciones negativas / Negative mentions',
    header: ['Fecha / Date', 'Medio / Outlet', 'Titular / Headline', 'Tema / Topic', 'URL'],
    rows: r.negativeMentions.map((m) => [dayFirst(m.date), m.outlet, m.headline, m.topic, m.url]) as CsvCell[][],
  },
  {
    heading: FREE_PRESS_LABEL.es,
    note: 'ESTIMACIÓN DE COSTO PUBLICITARIO, NO MEDIDA DE IMPACTO: los Principios de Barcelona (AMEC) rechazan el valor publicitario equivalente como medida de resultados de la comunicación. / An advertising-cost estimate, NOT an impact measure (AMEC Barcelona Principles).',
    header: ['Estimación VPE (COP) / AVE estimate', 'Menciones con valor / Mentions with a value'],
    rows: [[r.advertisingValueEquivalent.estimate, r.advertisingValueEquivalent.mentionsWithValue]] as CsvCell[][],
  },
]

/** `2026-10-02` → `02/10/2026` (a stored calendar day, written day first). */
const dayFirst = (day: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day)
/** The period's first and last day in the office's zone (`to` is exclusive). */
const periodDays = (r: MonitoringReport, timeZone: string) => `${officeDay(r.period.from, timeZone)} a ${officeDay(new Date(new Date(r.period.to).getTime() - 1), timeZone)}`

/** The report as CSV: a title block, then one block per table, separated by blank lines. */
export const monitoringReportCsv = (r: MonitoringReport, timeZone = OFFICE_TIME_ZONE): string => {
  const rows: CsvCell[][] = [
    [r.title],
    ['Entidad / Institution', r.institution],
    ['Periodo / Period', r.period.label, periodDays(r, timeZone)],
    ['Generado / Generated', `${officeDateTime(r.generatedAt, timeZone)} (${timeZone})`],
  ]
  for (const t of tables(r)) {
    rows.push([], [t.heading])
    if (t.note) rows.push([t.note])
    rows.push(t.header, ...t.rows)
  }
  return rowsToCsv(rows, { bom: true })
}

/** The report as PDF (src/kernel/formats/pdfTable.ts). */
export const monitoringReportPdf = (r: MonitoringReport, { compress = true, timeZone = OFFICE_TIME_ZONE } = {}): Promise<Buffer> =>
  renderPdfTables({
    title: r.title,
    subtitle: `${r.institution} — ${r.period.label}`,
    meta: [
      ['Periodo / Period', periodDays(r, timeZone)],
      ['Generado / Generated', `${officeDateTime(r.generatedAt, timeZone)} (${timeZone})`],
    ],
    author: r.institution,
    subject: 'Monitoreo de medios, redes e intranet',
    footer: `${r.institution} · ${r.title}`,
    compress,
    landscape: true,
    sections: tables(r).map((t) => ({
      heading: t.heading,
      note: t.note,
      columns: t.header.map((h, i) => ({ header: h, align: i > 0 && t.rows.every((row) => typeof row[i] !== 'string' || /%$|^—$/.test(String(row[i]))) ? ('right' as const) : ('left' as const) })),
      rows: t.rows.map((row) => row.map((c) => (c instanceof Date ? officeDateTime(c, timeZone) : c)) as Array<null | number | string | undefined | boolean>),
    })),
  })
