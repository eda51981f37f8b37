import type { Where } from 'payload'

import { PETITIONS } from './petitions.js'

type Ctx = { req: { payload: { count: (args: any) => Promise<{ totalDocs: number }>; collections: Record<string, unknown> } }; period: { start: Date; end: Date }; now: Date }

const count = async (ctx: Ctx, where: Where) => (await ctx.req.payload.count({ collection: PETITIONS, where, req: ctx.req, overrideAccess: true })).totalDocs

/**
 * Petitions answered on time (%), Ley 1755/2015: answered within their legal term, over the
 * petitions answered in the period plus those whose term ended in the period without an answer.
 * Adapter-neutral counts.
 */
export const petitionsOnTime = async (ctx: Ctx) => {
  if (!ctx.req.payload.collections[PETITIONS]) return { available: false, value: null, numerator: null, denominator: null, note: { key: 'indicatorNoPetitions' as const } }
  const { start, end } = ctx.period
  const dueUntil = new Date(Math.min(end.getTime(), ctx.now.getTime())).toISOString()
  const answeredIn: Where[] = [{ status: { equals: 'answered' } }, { 'answer.answeredAt': { greater_than_equal: start.toISOString() } }, { 'answer.answeredAt': { less_than: end.toISOString() } }]
  const [onTime, answered, expiredOpen] = await Promise.all([
    count(ctx, { and: [...answeredIn, { answeredOnTime: { equals: true } }] }),
    count(ctx, { and: answeredIn }),
    count(ctx, { and: [{ status: { equals: 'open' } }, { dueDate: { greater_than_equal: start.toISOString() } }, { dueDate: { less_than: dueUntil } }] }),
  ])
  const denominator = answered + expiredOpen
  return { available: true, numerator: onTime, denominator, value: denominator ? Math.round((onTime / denominator) * 10000) / 100 : null }
}
