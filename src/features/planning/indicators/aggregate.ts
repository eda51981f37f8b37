import type { PayloadRequest, Where } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

/**
 * Aggregation helpers. Counts use Payload's adapter-neutral `count`. Sums/averages have an SQL
 * fast path on SQLite (`payload.db.drizzle`) and a neutral fallback that pages through `find`
 * with `select` (one column, bounded pages), so no computation loads every document at once.
 */
export type Mode = 'auto' | 'neutral'

export type AggregateContext = { req: PayloadRequest; mode: Mode }

export const hasCollection = (req: PayloadRequest, slug: string): boolean => Boolean(req.payload.collections[slug as never])

export const useSql = (ctx: AggregateContext): boolean =>
  ctx.mode !== 'neutral' && ctx.req.payload.db.name === 'sqlite' && Boolean((ctx.req.payload.db as { drizzle?: unknown }).drizzle)

export const countWhere = async (ctx: AggregateContext, collection: string, where: Where): Promise<number> =>
  (await ctx.req.payload.count({ collection: collection as never, where, req: ctx.req, overrideAccess: true })).totalDocs

type Drizzle = { all: <T>(query: unknown) => Promise<T[]> }

/** Runs a read-only SQL query on SQLite (fast path only). */
export const sqlRows = async <T extends Record<string, unknown>>(ctx: AggregateContext, query: ReturnType<typeof sql>): Promise<T[]> =>
  (ctx.req.payload.db as unknown as { drizzle: Drizzle }).drizzle.all<T>(query)

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
