import type { MonitoringFigures, ReportData } from './build.js'

import { type CodeNamer, codesAsIs, labelIn } from '../../../kernel/admin/stateLabels.js'
import type { CsvValue as Cell } from '../../../kernel/formats/csv.js'
import { FREE_PRESS_LABEL, OUTLET_TYPES, SENTIMENTS } from '../../monitoring/vocabulary.js'
import { trIn, type MessageKey } from '../../../kernel/i18n/index.js'

/**
 * A report's sections as tables (title, header, rows): the CSV, the PDF and the admin's report view
 * (ReportDataField) show the same ones. Pure, no server module: the admin imports it. Stored codes
 * (statuses, kinds, scopes) are named by `name` — labels in the reader's language (issue 15, item 8).
 */
const LIGHT: Record<string, MessageKey> = { green: 'rpLightGreen', yellow: 'rpLightYellow', red: 'rpLightRed', grey: 'rpLightGrey' }

export type Table = { title: string; header: string[]; rows: Cell[][] }

/** The reader's words: the plugin's messages in one language (`language` picks the vocabularies' labels). */
export type ReportWords = ((key: MessageKey, vars?: Record<string, unknown>) => string) & { language?: string }

/** The office's Spanish, for callers without a reader. */
export const spanishWords: ReportWords = Object.assign((key: MessageKey, vars?: Record<string, unknown>) => trIn('es', key, vars), { language: 'es' })

/** The plugin's messages in `language` (Spanish unless 'en'). */
export const wordsIn = (language: null | string | undefined): ReportWords =>
  Object.assign((key: MessageKey, vars?: Record<string, unknown>) => trIn(language, key, vars), { language: language === 'en' ? 'en' : 'es' })

const percent = (share: null | number) => (share === null ? null : Math.round(share * 10_000) / 100)

/** The monitoring sections (media, social networks, intranet) of a follow-up report. */
export const monitoringTables = (m: MonitoringFigures, t: ReportWords = spanishWords): Table[] => {
  const sentiment = (s: (typeof SENTIMENTS)[number]) => labelIn(s.label, t.language ?? 'es')
  const outlet = Object.fromEntries(OUTLET_TYPES.map((o) => [o.value, labelIn(o.label, t.language ?? 'es')])) as Record<string, string>
  const social = m.social
  const sum = (pick: (a: MonitoringFigures['social'][number]) => number) => social.reduce((t, a) => t + pick(a), 0)
  return [
    {
      title: t('rpSentimentHeading'),
      header: [t('rpSentiment'), t('rpMentions')],
      rows: [
        ...SENTIMENTS.map((s) => [sentiment(s), m.mentions.bySentiment[s.value]] as Cell[]),
        [t('rpTotal'), m.mentions.total],
        [t('rpSentimentIndex'), m.sentimentIndex],
      ],
    },
    {
      title: t('rpOutletHeading'),
      header: [t('rpOutletType'), ...SENTIMENTS.map(sentiment), t('rpTotal')],
      rows: OUTLET_TYPES.map((o) => [outlet[o.value], ...SENTIMENTS.map((s) => m.mentions.matrix[o.value][s.value]), m.mentions.byOutletType[o.value]] as Cell[]),
    },
    {
      title: t('rpTopicHeading'),
      header: [t('rpTopic'), t('rpMentions'), t('rpShare')],
      rows: m.shareOfVoice.map((topic) => [topic.topic ?? t('rpNoTopic'), topic.mentions, percent(topic.share)]),
    },
    {
      title: t('rpPickupHeading'),
      header: [t('rpReleases'), t('rpPickedUp'), t('rpPickupRate')],
      rows: [[m.pickup.releases, m.pickup.pickedUp, percent(m.pickup.rate)]],
    },
    {
      title: t('rpSocialHeading'),
      header: [t('rpNetwork'), t('rpAccount'), t('rpFollowers'), t('rpImpressions'), t('rpReach'), t('rpEngagements'), t('rpPosts'), t('rpEngagementRate')],
      rows: [
        ...social.map((a) => [a.network, a.handle, a.followers, a.impressions, a.reach, a.engagements, a.posts, a.engagementRate] as Cell[]),
        ...(social.length ? [[t('rpTotal'), '', null, sum((a) => a.impressions), sum((a) => a.reach), sum((a) => a.engagements), sum((a) => a.posts), null] as Cell[]] : []),
      ],
    },
    {
      title: t('rpReadsHeading'),
      header: [t('rpDepartment'), t('rpReads'), t('rpReaders'), t('rpContentsRead')],
      rows: m.reads.map((d) => [d.name ?? t('rpNoDepartment'), d.reads, d.readers, d.contents]),
    },
    {
      title: labelIn(FREE_PRESS_LABEL, t.language ?? 'es'),
      header: [t('rpAveEstimate'), t('rpAveMentions')],
      rows: [[m.advertisingValueEquivalent.estimate, m.advertisingValueEquivalent.mentionsWithValue]],
    },
  ]
}

/** The sections of a report as tables (title, header, rows): shared by the CSV and the PDF. */
export const reportTables = (data: ReportData, name: CodeNamer = codesAsIs, t: ReportWords = spanishWords): Table[] => {
  const yesNo = (b: boolean | null) => (b === null ? '' : t(b ? 'rpYes' : 'rpNo'))
  return [
  {
    title: t('rpIndicators'),
    header: [t('rpCode'), t('rpIndicator'), t('rpUnit'), t('rpTarget'), t('rpThreshold'), t('rpNumerator'), t('rpDenominator'), t('rpValue'), t('rpMeetsTarget'), t('rpLight')],
    rows: data.indicators.map((i) => [i.code, i.name, i.unit, i.target, i.alertThreshold, i.numerator, i.denominator, i.value, yesNo(i.meetsTarget), LIGHT[i.light] ? t(LIGHT[i.light]!) : i.light]),
  },
  {
    title: t('rpRequests'),
    header: [t('rpDepartment'), ...data.requests.statuses.map((s) => name('communication-requests', 'status', s)), t('rpTotal')],
    rows: [...data.requests.rows.map((r) => [r.department, ...r.counts, r.total]), [t('rpTotal'), ...data.requests.totals, data.requests.total]],
  },
  {
    title: t('rpPlans'),
    header: [t('rpPlan'), t('rpYear'), t('rpScope'), t('rpStatus'), t('rpProgress'), t('rpActions'), t('rpPlannedBudget'), t('rpExecutedBudget')],
    rows: data.plans.map((p) => [p.title, p.year, name('communication-plans', 'scope', p.scope), name('communication-plans', 'status', p.status), p.progress, p.actions, p.plannedBudget, p.executedBudget]),
  },
  {
    title: t('rpCampaigns'),
    header: [t('rpCampaign'), t('rpKind'), t('rpStatus'), t('rpPlannedBudget'), t('rpExecutedBudget'), t('rpCommitmentsMet'), t('rpCommitments')],
    rows: data.campaigns.map((c) => [c.name, name('campaigns', 'kind', c.kind), name('campaigns', 'status', c.status), c.plannedBudget, c.executedBudget, c.commitmentsFulfilled, c.commitments]),
  },
  {
    title: t('rpAlerts'),
    header: [t('rpKind'), t('rpRaised'), t('rpOpen'), t('rpResolved')],
    rows: data.alerts.map((a) => [name('alerts', 'kind', a.kind), a.raised, a.open, a.resolved]),
  },
  {
    title: t('rpImprovement'),
    header: [t('rpStatus'), t('rpCount')],
    rows: [...data.improvementActions.statuses.map((s) => [name('improvement-actions', 'status', s.status), s.count]), [t('rpOverdue'), data.improvementActions.overdue]],
  },
  ...(data.monitoring ? monitoringTables(data.monitoring, t) : []),
  ]
}

