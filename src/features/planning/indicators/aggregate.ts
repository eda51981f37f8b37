import type { PayloadRequest, Where } from 'payload'

import { type SqlDialect, sqlAll, sqlDialect, type SqlTag } from '../../../kernel/sql/fastPath.js'

/**
 * Aggregation helpers. Counts use Payload's adapter-neutral `count`. Sums/averages have an SQL
 * fast path on SQLite and PostgreSQL (`payload.db.drizzle`) and a neutral fallback that pages through `find`
 * with `select` (one column, bounded pages), so no computation loads every document at once.
 */
export type Mode = 'auto' | 'neutral'

export type AggregateContext = { req: PayloadRequest; mode: Mode }

export const hasCollection = (req: PayloadRequest, slug: string): boolean => Boolean(req.payload.collections[slug as never])

export const useSql = (ctx: AggregateContext): boolean => ctx.mode !== 'neutral' && sqlDialect(ctx.req.payload) !== null

export const countWhere = async (ctx: AggregateContext, collection: string, where: Where): Promise<number> =>
  (await ctx.req.payload.count({ collection: collection as never, where, req: ctx.req, overrideAccess: true })).totalDocs

/** Runs a read-only SQL query on SQLite or PostgreSQL (fast path only; `build` receives the `sql` tag and the dialect). */
export const sqlRows = <T extends Record<string, unknown>>(ctx: AggregateContext, build: (sql: SqlTag, dialect: SqlDialect) => unknown): Promise<T[]> =>
  sqlAll<T>(ctx.req.payload, ctx.req, build)

const PAGE = 2000

/** Neutral fallback: pages through `find` selecting one field, calling `visit` per document. */
export const scan = async (
  ctx: AggregateContext,
  collection: string,
  where: Where,
  select: Record<string, true>,
  visit: (doc: Record<string, unknown>) => void,
): Promise<void> => {
  for (let page = 1; ; page++) {
    const result = await ctx.req.payload.find({
      collection: collection as never,
      where,
      select: select as never,
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      req: ctx.req,
      overrideAccess: true,
    })
    for (const doc of result.docs as unknown as Array<Record<string, unknown>>) visit(doc)
    if (!result.hasNextPage) break
  }
}

/** Sum and count of a numeric field over `where` (neutral path). */
export const sumCountNeutral = async (
  ctx: AggregateContext,
  collection: string,
  field: string,
  where: Where,
): Promise<{ sum: number; count: number }> => {
  let sum = 0
  let count = 0
  await scan(ctx, collection, { and: [where, { [field]: { exists: true } }] }, { [field]: true }, (doc) => {
    const value = doc[field]
    if (typeof value === 'number') {
      sum += value
      count++
    }
  })
  return { sum, count }
}
