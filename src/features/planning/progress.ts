import type { PayloadRequest } from 'payload'

import { DERIVED } from './derivedFields.js'
import { idOf } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

/** Request statuses that make a request count as executed evidence. */
export const DONE_REQUEST_STATUSES = ['delivered', 'closed']
/** Campaign statuses that make a campaign count as executed evidence. */
export const DONE_CAMPAIGN_STATUSES = ['finished', 'evaluated']

export type EvidenceCounts = { total: number; done: number }

const count = async (req: PayloadRequest, collection: string, where: Record<string, unknown>): Promise<number> =>
  (
    await req.payload.count({ collection: collection as never, where: where as never, req, overrideAccess: true })
  ).totalDocs

/**
 * Counts the evidence of a plan action with aggregate queries: linked requests (done when
 * delivered or closed), contents (done when published), campaigns (done when finished or
 * evaluated) and the commitments of its accountability campaigns (done when fulfilled;
 * cancelled ones do not count).
 */
export const evidenceOf = async (req: PayloadRequest, actionId: number | string): Promise<EvidenceCounts> => {
  const link = { planAction: { equals: actionId } }
  const [reqTotal, reqDone, conTotal, conDone, camTotal, camDone] = await Promise.all([
    count(req, 'communication-requests', { and: [link, { status: { not_in: ['cancelled', 'rejected'] } }] }),
    count(req, 'communication-requests', { and: [link, { status: { in: DONE_REQUEST_STATUSES } }] }),
    count(req, 'contents', link),
    count(req, 'contents', { and: [link, { stage: { equals: 'published' } }] }),
    count(req, 'campaigns', link),
    count(req, 'campaigns', { and: [link, { status: { in: DONE_CAMPAIGN_STATUSES } }] }),
  ])
  // Commitments live inside accountability campaigns: an action has a handful of campaigns.
  const { docs } = await req.payload.find({
    collection: SLUGS.campaigns,
    where: { and: [link, { kind: { equals: 'accountability' } }] },
    select: { commitments: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  let comTotal = 0
  let comDone = 0
  for (const doc of docs as unknown as Array<{ commitments?: Array<{ status?: string }> | null }>) {
    for (const commitment of doc.commitments ?? []) {
      if (commitment.status === 'cancelled') continue
      comTotal++
      if (commitment.status === 'fulfilled') comDone++
    }
  }
  return { total: reqTotal + conTotal + camTotal + comTotal, done: reqDone + conDone + camDone + comDone }
}

const round1 = (n: number): number => Math.round(n * 10) / 10

/**
 * Progress of an action (0–100), derived: executed evidence over the target (the number of
 * evidence items that completes the action); without a target, over all linked evidence.
 */
export const progressFrom = (evidence: EvidenceCounts, target?: null | number): number => {
  const goal = target && target > 0 ? target : evidence.total
  if (!goal) return 0
  return round1(Math.min(100, (evidence.done / goal) * 100))
}

export const statusFrom = (progress: number): 'completed' | 'in-progress' | 'pending' =>
  progress >= 100 ? 'completed' : progress > 0 ? 'in-progress' : 'pending'

/** Expected progress by `at`, linear between start and end (0 before start, 100 after end). */
export const expectedProgress = (start: Date | string, end: Date | string, at: Date = new Date()): number => {
  const s = new Date(start).getTime()
  const e = new Date(end).getTime()
  const t = at.getTime()
  if (t <= s) return 0
  if (t >= e || e <= s) return 100
  return round1(((t - s) / (e - s)) * 100)
}

/** Recomputes and stores an action's derived fields, then its plan's. */
export const recomputeAction = async (req: PayloadRequest, actionId: null | number | string): Promise<void> => {
  if (actionId === null || actionId === undefined) return
  const action = (await req.payload
    .findByID({ collection: SLUGS.planActions, id: actionId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as null | { id: number | string; plan?: unknown; target?: null | number }
  if (!action) return
  const evidence = await evidenceOf(req, action.id)
  const progress = progressFrom(evidence, action.target)
  await req.payload.update({
    collection: SLUGS.planActions,
    id: action.id,
    data: { progress, status: statusFrom(progress), evidenceDone: evidence.done, evidenceTotal: evidence.total },
    depth: 0,
    req,
    overrideAccess: true,
    context: { [DERIVED]: true },
  })
  await recomputePlan(req, idOf(action.plan))
}

/**
 * A plan's progress is the mean progress of its actions; its budget totals sum its actions'
 * budgets and the budgets of the campaigns linked to those actions.
 */
export const recomputePlan = async (req: PayloadRequest, planId: null | number | string): Promise<void> => {
  if (planId === null || planId === undefined) return
  const plan = await req.payload
    .findByID({ collection: SLUGS.communicationPlans, id: planId, depth: 0, req, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!plan) return
  const totals = await planTotals(req, planId)
  await req.payload.update({
    collection: SLUGS.communicationPlans,
    id: planId,
    data: {
      progress: totals.progress,
      actionCount: totals.actionCount,
      budgetTotals: { planned: totals.planned, executed: totals.executed },
    },
    depth: 0,
    req,
    overrideAccess: true,
    context: { [DERIVED]: true },
  })
}

type Budget = { budget?: { planned?: null | number; executed?: null | number } | null }

/** Sums over one plan (its actions are a bounded list: dozens, not millions). */
export const planTotals = async (req: PayloadRequest, planId: number | string) => {
  const { docs: actions } = await req.payload.find({
    collection: SLUGS.planActions,
    where: { plan: { equals: planId } },
    select: { progress: true, budget: true },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const list = actions as unknown as Array<Budget & { id: number | string; progress?: null | number }>
  let planned = 0
  let executed = 0
  let progressSum = 0
  for (const action of list) {
    planned += action.budget?.planned ?? 0
    executed += action.budget?.executed ?? 0
    progressSum += action.progress ?? 0
  }
  if (list.length) {
    const { docs: campaigns } = await req.payload.find({
      collection: SLUGS.campaigns,
      where: { planAction: { in: list.map((a) => a.id) } },
      select: { budget: true },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
    })
    for (const campaign of campaigns as unknown as Budget[]) {
      planned += campaign.budget?.planned ?? 0
      executed += campaign.budget?.executed ?? 0
    }
  }
  return {
    actionCount: list.length,
    progress: list.length ? round1(progressSum / list.length) : 0,
    planned,
    executed,
  }
}
