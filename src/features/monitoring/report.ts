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
import { trIn, type MessageKey } from '../../kernel/i18n/index.js'

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
  advertisingValueEquivalent: { estimate: number; mentionsWithValue: number; label: { es: string; en: string } }
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
    advertisingValueEquivalent: { ...ave, label: FREE_PRESS_LABEL },
    negativeMentions: (negatives.docs as unknown as Array<Record<string, unknown>>).map((d) => ({
      date: String(d.date).slice(0, 10),
      outlet: typeof d.outlet === 'object' && d.outlet ? String((d.outlet as { name?: string }).name ?? '') : String(d.outlet ?? ''),
      headline: String(d.headline ?? ''),
      url: (d.url as null | string) ?? null,
      topic: (d.topic as null | string) ?? null,
    })),
  }
}

/** The reader's language of a report: Spanish unless English was asked for. */
export type ReportLanguage = 'en' | 'es'

const pct = (value: null | number) => (value === null ? '—' : `${(value * 100).toFixed(1)} %`)

/** The report's tables, shared by the CSV and the PDF (heading, note, header, rows), in one language. */
const tables = (r: MonitoringReport, language: ReportLanguage) => {
  const t = (key: MessageKey, vars?: Record<string, unknown>) => trIn(language, key, vars)
  const sentimentLabel = (value: string) => SENTIMENTS.find((x) => x.value === value)?.label[language] ?? value
  const typeLabel = (value: string) => OUTLET_TYPES.find((x) => x.value === value)?.label[language] ?? value
  return [
    {
      heading: t('mrMentionsHeading'),
      note: t('mrMentionsNote', { total: r.mentions.total, index: r.sentiment.index === null ? '—' : r.sentiment.index.toFixed(2) }),
      header: [t('mrOutletType'), ...SENTIMENTS.map((x) => sentimentLabel(x.value)), t('mrTotal')],
      rows: [
        ...OUTLET_TYPES.map((x) => [typeLabel(x.value), ...SENTIMENTS.map((y) => r.mentions.matrix[x.value][y.value]), r.mentions.byOutletType[x.value]]),
        [t('mrTotal'), ...SENTIMENTS.map((y) => r.mentions.bySentiment[y.value]), r.mentions.total],
      ] as CsvCell[][],
    },
    {
      heading: t('mrShareHeading'),
      note: t('mrShareNote'),
      header: [t('mrTopic'), t('mrMentions'), t('mrShare')],
      rows: r.shareOfVoice.map((x) => [x.topic ?? t('mrNoTopic'), x.mentions, pct(x.share)]) as CsvCell[][],
    },
    {
      heading: t('mrPickupHeading'),
      note: t('mrPickupNote'),
      header: [t('mrReleases'), t('mrPickedUp'), t('mrRate')],
      rows: [[r.pickup.releases, r.pickup.pickedUp, pct(r.pickup.rate)]] as CsvCell[][],
    },
    {
      heading: t('mrSocialHeading'),
      note: t('mrSocialNote'),
      header: [t('mrNetwork'), t('mrAccount'), t('mrFollowers'), t('mrImpressions'), t('mrReach'), t('mrEngagements'), t('mrPosts'), t('mrEngagementRate')],
      rows: r.social.map((a) => [a.network, a.handle, a.followers, a.impressions, a.reach, a.engagements, a.posts, a.engagementRate === null ? '—' : `${a.engagementRate.toFixed(2)} %`]) as CsvCell[][],
    },
    {
      heading: t('mrReadsHeading'),
      note: t('mrReadsNote'),
      header: [t('mrDepartment'), t('mrReads'), t('mrReaders'), t('mrContents')],
      rows: r.reads.map((d) => [d.name ?? t('mrNoDepartment'), d.reads, d.readers, d.contents]) as CsvCell[][],
    },
    {
      heading: t('mrNegativeHeading'),
      header: [t('mrDate'), t('mrOutlet'), t('mrHeadline'), t('mrTopic'), 'URL'],
      rows: r.negativeMentions.map((m) => [dayFirst(m.date), m.outlet, m.headline, m.topic, m.url]) as CsvCell[][],
    },
    {
      heading: FREE_PRESS_LABEL[language],
      note: t('mrAveNote'),
      header: [t('mrAveEstimate'), t('mrAveMentions')],
      rows: [[r.advertisingValueEquivalent.estimate, r.advertisingValueEquivalent.mentionsWithValue]] as CsvCell[][],
    },
  ]
}

/** `2026-10-02` → `02/10/2026` (a stored calendar day, written day first). */
const dayFirst = (day: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : day)
/** The period's first and last day in the office's zone (`to` is exclusive). */
const periodDays = (r: MonitoringReport, timeZone: string, language: ReportLanguage) =>
  trIn(language, 'mrDays', { from: officeDay(r.period.from, timeZone), to: officeDay(new Date(new Date(r.period.to).getTime() - 1), timeZone) })

type RenderOptions = { timeZone?: string; language?: ReportLanguage }

/** The report as CSV: a title block, then one block per table, separated by blank lines. */
export const monitoringReportCsv = (r: MonitoringReport, { timeZone = OFFICE_TIME_ZONE, language = 'es' }: RenderOptions = {}): string => {
  const rows: CsvCell[][] = [
    [r.title],
    [trIn(language, 'mrInstitution'), r.institution],
    [trIn(language, 'mrPeriod'), r.period.label, periodDays(r, timeZone, language)],
    [trIn(language, 'mrGenerated'), `${officeDateTime(r.generatedAt, timeZone)} (${timeZone})`],
  ]
  for (const t of tables(r, language)) {
    rows.push([], [t.heading])
    if (t.note) rows.push([t.note])
    rows.push(t.header, ...t.rows)
  }
  return rowsToCsv(rows, { bom: true })
}

/** The report as PDF (src/kernel/formats/pdfTable.ts). */
export const monitoringReportPdf = (r: MonitoringReport, { compress = true, timeZone = OFFICE_TIME_ZONE, language = 'es' }: RenderOptions & { compress?: boolean } = {}): Promise<Buffer> =>
  renderPdfTables({
    title: r.title,
    subtitle: `${r.institution} — ${r.period.label}`,
    meta: [
      [trIn(language, 'mrPeriod'), periodDays(r, timeZone, language)],
      [trIn(language, 'mrGenerated'), `${officeDateTime(r.generatedAt, timeZone)} (${timeZone})`],
    ],
    author: r.institution,
    subject: trIn(language, 'mrSubject'),
    footer: `${r.institution} · ${r.title}`,
    compress,
    landscape: true,
    sections: tables(r, language).map((t) => ({
      heading: t.heading,
      note: t.note,
      emptyText: trIn(language, 'mrNoData'),
      columns: t.header.map((h, i) => ({ header: h, align: i > 0 && t.rows.every((row) => typeof row[i] !== 'string' || /%$|^—$/.test(String(row[i]))) ? ('right' as const) : ('left' as const) })),
      rows: t.rows.map((row) => row.map((c) => (c instanceof Date ? officeDateTime(c, timeZone) : c)) as Array<null | number | string | undefined | boolean>),
    })),
  })
