import type { PayloadRequest, Where } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import type { AlertMessage } from '../../kernel/alerts/message.js'
import { raiseAlert } from '../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../kernel/alerts/resolveAlerts.js'
import { expectedProgress } from './progress.js'
import { nextCheckDue } from './risk.js'
import { SLUGS } from '../../kernel/slugs.js'
import { officeDay } from '../../kernel/time/officeDates.js'
import { optionLabelsOf } from '../../kernel/admin/stateLabels.js'

type Subject = { collection: string; id: number | string }
type Doc = Record<string, unknown> & { id: number | string }

export const ALERT_KINDS = {
  overdueRequest: 'request-overdue',
  actionBehind: 'plan-action-behind-schedule',
  improvementOverdue: 'improvement-action-overdue',
  guidelineReview: 'guideline-review-due',
  controlOverdue: 'risk-control-check-overdue',
} as const

const day = (d: unknown) => officeDay(d)

/** Pages through a collection (bounded pages, selected fields only). */
const each = async (req: PayloadRequest, collection: string, where: Where, select: Record<string, true>, visit: (doc: Doc) => Promise<void>) => {
  for (let page = 1; ; page++) {
    const res = await req.payload.find({ collection: collection as never, where, select: select as never, depth: 0, limit: 500, page, sort: 'id', req, overrideAccess: true })
    for (const doc of res.docs as unknown as Doc[]) await visit(doc)
    if (!res.hasNextPage) break
  }
}

/** A request's state as its `{ es, en }` label (rendered in each reader's language), the code when unknown. */
const statusLabel = (req: PayloadRequest, code: string): { es: string; en: string } | string => {
  const fields = req.payload.collections[SLUGS.communicationRequests]?.config.fields
  const es = optionLabelsOf(fields, 'status', 'es')[code]
  return es ? { es, en: optionLabelsOf(fields, 'status', 'en')[code] ?? es } : code
}

/** Raises one alert per deviating subject, then resolves the alerts of that kind whose subject is fine now. */
const sweep = async (
  req: PayloadRequest,
  kind: string,
  note: AlertMessage,
  collect: (raise: (subject: Subject & { title: string }, message: AlertMessage, details?: Record<string, unknown>, severity?: 'critical' | 'warning') => Promise<void>) => Promise<void>,
) => {
  const failing: Subject[] = []
  let raised = 0
  await collect(async (subject, message, details, severity = 'warning') => {
    failing.push({ collection: subject.collection, id: subject.id })
    const { created } = await raiseAlert(req, { kind, severity, subject, message, details })
    if (created) raised++
  })
  const resolved = await resolveAlerts(req, { kind, note, stillFailing: failing })
  return { kind, failing: failing.length, raised, resolved }
}

/** Requests past their dueDate (SLA) that are not finished. */
export const checkOverdueRequests = (req: PayloadRequest, options: ResolvedOptions, now: Date) =>
  sweep(req, ALERT_KINDS.overdueRequest, { key: 'alertRequestOverdueSettled' }, async (raise) => {
    const where: Where = { and: [{ dueDate: { less_than: now.toISOString() } }, { status: { not_in: options.planning.finishedRequestStatuses } }] }
    await each(req, 'communication-requests', where, { title: true, code: true, dueDate: true, status: true }, async (doc) => {
      await raise(
        { collection: SLUGS.communicationRequests, id: doc.id, title: String(doc.code ?? doc.title) },
        { key: 'alertRequestOverdue', vars: { code: doc.code ?? '', title: doc.title, date: day(doc.dueDate), status: statusLabel(req, String(doc.status)) } },
        { dueDate: doc.dueDate, status: doc.status },
      )
    })
  })

/** Plan actions of approved or running plans whose derived progress lags their expected progress. */
export const checkActionsBehind = (req: PayloadRequest, options: ResolvedOptions, now: Date) =>
  sweep(req, ALERT_KINDS.actionBehind, { key: 'alertActionBehindSettled' }, async (raise) => {
    const { docs: plans } = await req.payload.find({
      collection: SLUGS.communicationPlans,
      where: { status: { in: ['approved', 'in-execution'] } },
      select: { id: true } as never,
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (!plans.length) return
    const where: Where = { and: [{ plan: { in: plans.map((p) => (p as Doc).id) } }, { start: { less_than: now.toISOString() } }, { progress: { less_than: 100 } }] }
    await each(req, 'plan-actions', where, { title: true, start: true, end: true, progress: true }, async (doc) => {
      const expected = expectedProgress(String(doc.start), String(doc.end), now)
      const progress = Number(doc.progress ?? 0)
      if (progress + options.planning.behindScheduleTolerance < expected) {
        await raise(
          { collection: SLUGS.planActions, id: doc.id, title: String(doc.title) },
          { key: 'alertActionBehind', vars: { title: doc.title, progress, expected } },
          { progress, expected },
          expected >= 100 ? 'critical' : 'warning',
        )
      }
    })
  })

/** Improvement actions past their due date and not done. */
export const checkOverdueImprovementActions = (req: PayloadRequest, _options: ResolvedOptions, now: Date) =>
  sweep(req, ALERT_KINDS.improvementOverdue, { key: 'alertImprovementOverdueSettled' }, async (raise) => {
    const where: Where = { and: [{ dueDate: { less_than: now.toISOString() } }, { status: { in: ['open', 'in-progress'] } }] }
    await each(req, 'improvement-actions', where, { title: true, dueDate: true, status: true }, async (doc) => {
      await raise(
        { collection: SLUGS.improvementActions, id: doc.id, title: String(doc.title) },
        { key: 'alertImprovementOverdue', vars: { title: doc.title, date: day(doc.dueDate) } },
        { dueDate: doc.dueDate, status: doc.status },
      )
    })
  })

/** Guidelines in force whose review date has passed. */
export const checkGuidelineReviews = (req: PayloadRequest, _options: ResolvedOptions, now: Date) =>
  sweep(req, ALERT_KINDS.guidelineReview, { key: 'alertGuidelineReviewSettled' }, async (raise) => {
    const where: Where = { and: [{ reviewDate: { less_than: now.toISOString() } }, { status: { in: ['approved', 'published'] } }] }
    await each(req, 'guidelines', where, { title: true, reviewDate: true, code: true }, async (doc) => {
      await raise(
        { collection: SLUGS.guidelines, id: doc.id, title: String(doc.title) },
        { key: 'alertGuidelineReview', vars: { title: doc.title, date: day(doc.reviewDate) } },
        { reviewDate: doc.reviewDate },
      )
    })
  })

/** Active risks with at least one control whose self-control check is overdue (one alert per risk). */
export const checkRiskControls = (req: PayloadRequest, _options: ResolvedOptions, now: Date) =>
  sweep(req, ALERT_KINDS.controlOverdue, { key: 'alertControlsOverdueSettled' }, async (raise) => {
    await each(req, 'risks', { status: { equals: 'active' } }, { title: true, controls: true, createdAt: true }, async (risk) => {
      const overdue: Array<{ controlId: string; description: string; due: string }> = []
      for (const control of (risk.controls ?? []) as Array<{ id: string; description: string; frequency: string; since?: string }>) {
        const { docs } = await req.payload.find({
          collection: SLUGS.riskControlChecks,
          where: { and: [{ risk: { equals: risk.id } }, { controlId: { equals: control.id } }] },
          sort: '-checkedAt',
          limit: 1,
          depth: 0,
          select: { checkedAt: true },
          req,
          overrideAccess: true,
        })
        const last = (docs[0] as { checkedAt?: string } | undefined)?.checkedAt
        const due = nextCheckDue(control.frequency, last ? new Date(last) : null, new Date(control.since ?? String(risk.createdAt)))
        if (due < now) overdue.push({ controlId: control.id, description: control.description, due: due.toISOString() })
      }
      if (overdue.length) {
        await raise(
          { collection: SLUGS.risks, id: risk.id, title: String(risk.title) },
          { key: 'alertControlsOverdue', vars: { title: risk.title, count: overdue.length, dates: overdue.map((o) => day(o.due)).join(', ') } },
          { controls: overdue },
        )
      }
    })
  })

/** Every compliance check of the plan-measure-act area, in one sweep. */
export const runComplianceChecks = async (req: PayloadRequest, options: ResolvedOptions, now: Date = new Date()) => [
  await checkOverdueRequests(req, options, now),
  await checkActionsBehind(req, options, now),
  await checkOverdueImprovementActions(req, options, now),
  await checkGuidelineReviews(req, options, now),
  await checkRiskControls(req, options, now),
]
