import type { PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import type { AccountFigures, DepartmentReads, MentionBreakdown, PickupRate, TopicShare } from '../../monitoring/figures.js'

import { hasCollection } from '../indicators/aggregate.js'
import { activeIndicators, computeIndicator } from '../indicators/measure.js'
import {
  advertisingValueEquivalent,
  mentionsBySentimentAndOutletType,
  pressReleasePickupRate,
  readsByDepartment,
  netSentiment,
  shareOfVoiceByTopic,
  socialFiguresByAccount,
} from '../../monitoring/figures.js'
import { lightOf } from '../indicators/evaluate.js'
import { type Period, periodYear } from '../indicators/period.js'
import { REQUEST_STATUSES } from '../../workflow/states.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { renderAlertMessage } from '../../../kernel/alerts/message.js'

export type ReportData = {
  institution: string
  period: { label: string; start: string; end: string }
  generatedAt: string
  indicators: Array<{
    code: string
    name: string
    unit: string
    target: null | number
    alertThreshold: null | number
    value: null | number
    numerator: null | number
    denominator: null | number
    meetsTarget: boolean | null
    light: string
    note: null | string
  }>
  requests: { statuses: string[]; rows: Array<{ department: string; counts: number[]; total: number }>; totals: number[]; total: number }
  plans: Array<{ title: string; year: number; scope: string; status: string; progress: number; actions: number; plannedBudget: number; executedBudget: number }>
  campaigns: Array<{ name: string; kind: string; status: string; plannedBudget: number; executedBudget: number; commitmentsFulfilled: number; commitments: number }>
  alerts: Array<{ kind: string; raised: number; open: number; resolved: number }>
  improvementActions: { statuses: Array<{ status: string; count: number }>; overdue: number }
  budget: { planned: number; executed: number }
  /** Media, social and intranet monitoring of the period (absent when the monitoring collections are not installed). */
  monitoring?: MonitoringFigures
}

/** The monitoring figures of a follow-up report: computed by src/features/monitoring/figures.ts, nothing recomputed here. */
export type MonitoringFigures = {
  mentions: MentionBreakdown
  sentimentIndex: null | number
  shareOfVoice: TopicShare[]
  pickup: PickupRate
  social: AccountFigures[]
  reads: DepartmentReads[]
  advertisingValueEquivalent: { estimate: number; mentionsWithValue: number }
}

/** Every monitoring figure of the period, from the monitoring area's functions (one implementation). */
export const buildMonitoringFigures = async (req: PayloadRequest, options: ResolvedOptions, period: Period): Promise<MonitoringFigures | undefined> => {
  if (!hasCollection(req, 'media-mentions')) return undefined
  const range = { from: period.start, to: period.end }
  const fig = { sqlFastPath: options.monitoring.sqlFastPath, engagementRateBase: options.monitoring.engagementRateBase }
  const mentions = await mentionsBySentimentAndOutletType(req, range, fig)
  return {
    mentions,
    sentimentIndex: netSentiment(mentions),
    shareOfVoice: await shareOfVoiceByTopic(req, range, fig),
    pickup: await pressReleasePickupRate(req, range, fig),
    social: hasCollection(req, 'social-metrics') ? await socialFiguresByAccount(req, range, fig) : [],
    reads: hasCollection(req, 'intranet-reads') ? await readsByDepartment(req, range, fig) : [],
    advertisingValueEquivalent: await advertisingValueEquivalent(req, range, fig),
  }
}

const count = async (req: PayloadRequest, collection: string, where: Record<string, unknown>) =>
  (await req.payload.count({ collection: collection as never, where: where as never, req, overrideAccess: true })).totalDocs

const range = (field: string, p: Period) => ({
  and: [{ [field]: { greater_than_equal: p.start.toISOString() } }, { [field]: { less_than: p.end.toISOString() } }],
})

/**
 * Collects the data of a follow-up and measurement report for a period, with aggregate queries:
 * indicators with target and traffic light; requests received by department and status; plan
 * progress and budget; campaigns of the period; alerts raised; improvement actions.
 */
export const buildReportData = async (req: PayloadRequest, options: ResolvedOptions, period: Period, now = new Date()): Promise<ReportData> => {
  const indicators: ReportData['indicators'] = []
  for (const indicator of await activeIndicators(req)) {
    const r = await computeIndicator(req, indicator, period, { finishedRequestStatuses: options.planning.finishedRequestStatuses, now })
    indicators.push({
      code: indicator.code,
      name: indicator.name,
      unit: indicator.unit ?? '',
      target: indicator.target ?? null,
      alertThreshold: indicator.alertThreshold ?? null,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      meetsTarget: r.value === null ? null : indicator.target === null || indicator.target === undefined ? null : indicator.direction === 'lower' ? r.value <= indicator.target : r.value >= indicator.target,
      light: lightOf(r.value, indicator),
      note: r.note ? renderAlertMessage(req, r.note) : null,
    })
  }

  // Requests received in the period, by department and status (count queries per cell).
  const { docs: departments } = await req.payload.find({ collection: SLUGS.departments, pagination: false, sort: 'name', depth: 0, select: { name: true }, req, overrideAccess: true })
  const statuses = [...REQUEST_STATUSES]
  const received = range('createdAt', period)
  const rows: ReportData['requests']['rows'] = []
  const totals = statuses.map(() => 0)
  for (const dep of departments as unknown as Array<{ id: number | string; name: string }>) {
    const counts = await Promise.all(statuses.map((s) => count(req, 'communication-requests', { and: [received, { department: { equals: dep.id } }, { status: { equals: s } }] })))
    const total = counts.reduce((a, b) => a + b, 0)
    if (!total) continue
    counts.forEach((c, i) => (totals[i] += c))
    rows.push({ department: dep.name, counts, total })
  }

  const year = periodYear(period)
  const { docs: planDocs } = await req.payload.find({ collection: SLUGS.communicationPlans, where: { year: { equals: year } }, sort: 'scope', pagination: false, depth: 0, req, overrideAccess: true })
  const plans = (planDocs as unknown as Array<Record<string, any>>).map((p) => ({
    title: p.title,
    year: p.year,
    scope: p.scope,
    status: p.status,
    progress: p.progress ?? 0,
    actions: p.actionCount ?? 0,
    plannedBudget: p.budgetTotals?.planned ?? 0,
    executedBudget: p.budgetTotals?.executed ?? 0,
  }))

  // Campaigns running at some point of the period.
  const { docs: campaignDocs } = await req.payload.find({
    collection: SLUGS.campaigns,
    where: { and: [{ 'period.start': { less_than: period.end.toISOString() } }, { 'period.end': { greater_than_equal: period.start.toISOString() } }] },
    sort: 'name',
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const campaigns = (campaignDocs as unknown as Array<Record<string, any>>).map((c) => {
    const commitments = ((c.commitments ?? []) as Array<{ status: string }>).filter((x) => x.status !== 'cancelled')
    return {
      name: c.name,
      kind: c.kind,
      status: c.status,
      plannedBudget: c.budget?.planned ?? 0,
      executedBudget: c.budget?.executed ?? 0,
      commitmentsFulfilled: commitments.filter((x) => x.status === 'fulfilled').length,
      commitments: commitments.length,
    }
  })

  // Alerts raised in the period, by kind (kinds are few; read kinds with a bounded select).
  const kinds = new Set<string>()
  for (let page = 1; ; page++) {
    const res = await req.payload.find({ collection: SLUGS.alerts, where: range('createdAt', period), select: { kind: true }, limit: 1000, page, depth: 0, req, overrideAccess: true })
    for (const a of res.docs as unknown as Array<{ kind: string }>) kinds.add(a.kind)
    if (!res.hasNextPage) break
  }
  const alerts: ReportData['alerts'] = []
  for (const kind of [...kinds].sort()) {
    const base = { and: [range('createdAt', period), { kind: { equals: kind } }] }
    const [raised, resolved] = await Promise.all([count(req, 'alerts', base), count(req, 'alerts', { and: [base, { status: { equals: 'resolved' } }] })])
    alerts.push({ kind, raised, open: raised - resolved, resolved })
  }

  const actionStatuses = ['open', 'in-progress', 'done', 'verified-effective', 'not-effective']
  const actionCounts = await Promise.all(actionStatuses.map((s) => count(req, 'improvement-actions', { status: { equals: s } })))
  const overdue = await count(req, 'improvement-actions', { and: [{ status: { in: ['open', 'in-progress'] } }, { dueDate: { less_than: now.toISOString() } }] })

  const budget = {
    planned: plans.reduce((a, p) => a + p.plannedBudget, 0),
    executed: plans.reduce((a, p) => a + p.executedBudget, 0),
  }
  return {
    institution: options.institutionName,
    period: { label: period.label, start: period.start.toISOString(), end: period.end.toISOString() },
    generatedAt: now.toISOString(),
    indicators,
    requests: { statuses, rows, totals, total: totals.reduce((a, b) => a + b, 0) },
    plans,
    campaigns,
    alerts,
    improvementActions: { statuses: actionStatuses.map((status, i) => ({ status, count: actionCounts[i] })), overdue },
    budget,
    monitoring: await buildMonitoringFigures(req, options, period),
  }
}

