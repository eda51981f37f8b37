import type { Where } from 'payload'


import { type Period, periodYear } from './period.js'

import { pressReleasePickupRate, sentimentIndex } from '../../monitoring/figures.js'
import { CHANNELS } from '../../../kernel/vocabulary.js'
// Petitions belong to the compliance feature; their indicator is listed here with the others.
import { petitionsOnTime } from '../../compliance/indicators.js'
import { unindexed } from '../../../kernel/sql/fastPath.js'
import { type AggregateContext, countWhere, hasCollection, scan, sqlRows, sumCountNeutral, useSql } from './aggregate.js'
import { SLUGS } from '../../../kernel/slugs.js'
import type { MessageKey } from '../../../kernel/i18n/index.js'
// A note is kept as a message key and variables, like an alert's message (rendered per reader).
import type { AlertMessage } from '../../../kernel/alerts/message.js'

export type ComputationContext = AggregateContext & { period: Period; now: Date; finishedRequestStatuses: string[] }

export type ComputationResult = {
  /** false when the data source does not exist in this installation (e.g. no monitoring). */
  available: boolean
  value: null | number
  numerator: null | number
  denominator: null | number
  breakdown?: Record<string, number>
  /** Why there is no value: a message key (stored with the measurement, read in each reader's language). */
  note?: AlertMessage
}

export type Computation = {
  key: string
  label: { es: string; en: string }
  unit: string
  compute: (ctx: ComputationContext) => Promise<ComputationResult>
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits
const ratio = (num: number, den: number, scale = 100): ComputationResult => ({
  available: true,
  numerator: num,
  denominator: den,
  value: den ? round((num / den) * scale) : null,
})
/** Not measurable here, and why (a message key: each reader reads it in their own language). */
const notAvailable = (key: MessageKey): ComputationResult => ({ available: false, value: null, numerator: null, denominator: null, note: { key } })

const inPeriod = (field: string, p: Period): Where => ({
  and: [{ [field]: { greater_than_equal: p.start.toISOString() } }, { [field]: { less_than: p.end.toISOString() } }],
})

const followUps = (kind: string, p: Period, extra: Where[] = []): Where => ({
  and: [{ kind: { equals: kind } }, inPeriod('measuredAt', p), ...extra],
})

/** Sum and count of a typed follow-up column over a period: SQL fast path or neutral fallback. */
const followUpStats = async (ctx: ComputationContext, kind: string, field: 'leadTimeDays' | 'score') => {
  if (useSql(ctx)) {
    const rows = await sqlRows<{ n: number; s: null | number }>(ctx, (sql, dialect) => {
      const column = sql.raw(field === 'leadTimeDays' ? 'lead_time_days' : 'score')
      return sql`SELECT COUNT(${column}) AS n, SUM(${column}) AS s FROM follow_ups
          WHERE ${unindexed(sql, dialect, 'kind')} = ${kind} AND measured_at >= ${ctx.period.start.toISOString()} AND measured_at < ${ctx.period.end.toISOString()}
          AND ${column} IS NOT NULL`
    })
    return { count: Number(rows[0]?.n ?? 0), sum: Number(rows[0]?.s ?? 0) }
  }
  return sumCountNeutral(ctx, 'follow-ups', field, followUps(kind, ctx.period))
}

/** Requests attended on time (%): delivered on time / (delivered + overdue still open, due in the period). */
const requestsOnTime: Computation = {
  key: 'requests-on-time',
  label: { es: 'Solicitudes atendidas a tiempo', en: 'Requests attended on time' },
  unit: '%',
  compute: async (ctx) => {
    const p = ctx.period
    const dueUntil = new Date(Math.min(p.end.getTime(), ctx.now.getTime())).toISOString()
    const deliveredCounts = async (): Promise<[number, number]> => {
      if (useSql(ctx)) {
        const rows = await sqlRows<{ n: number; ok: null | number }>(
          ctx,
          (sql, dialect) =>
            sql`SELECT COUNT(*) AS n, SUM(CASE WHEN on_time THEN 1 ELSE 0 END) AS ok FROM follow_ups
              WHERE ${unindexed(sql, dialect, 'kind')} = 'request-delivered' AND measured_at >= ${p.start.toISOString()} AND measured_at < ${p.end.toISOString()}`,
        )
        return [Number(rows[0]?.ok ?? 0), Number(rows[0]?.n ?? 0)]
      }
      return Promise.all([
        countWhere(ctx, 'follow-ups', followUps('request-delivered', p, [{ onTime: { equals: true } }])),
        countWhere(ctx, 'follow-ups', followUps('request-delivered', p)),
      ])
    }
    const [[onTime, delivered], overdueOpen] = await Promise.all([
      deliveredCounts(),
      countWhere(ctx, 'communication-requests', {
        and: [
          { dueDate: { greater_than_equal: p.start.toISOString() } },
          { dueDate: { less_than: dueUntil } },
          { status: { not_in: ctx.finishedRequestStatuses } },
        ],
      }),
    ])
    return ratio(onTime, delivered + overdueOpen)
  },
}

/** Average lead time of delivered requests, in working days. */
const averageLeadTime: Computation = {
  key: 'average-lead-time',
  label: { es: 'Tiempo promedio de respuesta (días hábiles)', en: 'Average lead time (working days)' },
  unit: 'days',
  compute: async (ctx) => {
    const { sum, count } = await followUpStats(ctx, 'request-delivered', 'leadTimeDays')
    return ratio(sum, count, 1)
  },
}

/** Requester satisfaction: mean score (1–5) of the ratings given in the period. */
const requesterSatisfaction: Computation = {
  key: 'requester-satisfaction',
  label: { es: 'Satisfacción de las dependencias', en: 'Requester satisfaction' },
  unit: 'score',
  compute: async (ctx) => {
    const { sum, count } = await followUpStats(ctx, 'request-rated', 'score')
    return ratio(sum, count, 1)
  },
}

/** Plan execution (%): actions due by the end of the period that are completed / actions due. */
const planExecution = (scope: 'external' | 'internal'): Computation => ({
  key: scope === 'external' ? 'plan-execution' : 'internal-plan-execution',
  label:
    scope === 'external'
      ? { es: 'Ejecución del Plan de Comunicaciones', en: 'Communication plan execution' }
      : { es: 'Ejecución del Plan de Acción de Comunicación Interna', en: 'Internal communication action plan execution' },
  unit: '%',
  compute: async (ctx) => {
    const year = periodYear(ctx.period)
    // Plans per year and scope are a handful: their ids bound the action queries.
    const { docs: plans } = await ctx.req.payload.find({
      collection: SLUGS.communicationPlans,
      where: { and: [{ scope: { equals: scope } }, { year: { equals: year } }, { status: { in: ['approved', 'in-execution', 'closed'] } }] },
      select: { id: true } as never,
      pagination: false,
      depth: 0,
      req: ctx.req,
      overrideAccess: true,
    })
    if (!plans.length) return { available: true, value: null, numerator: 0, denominator: 0, note: { key: 'indicatorNoApprovedPlan' } }
    const due: Where = { and: [{ plan: { in: plans.map((p) => (p as { id: number | string }).id) } }, { end: { less_than: ctx.period.end.toISOString() } }] }
    const [done, total] = await Promise.all([
      countWhere(ctx, 'plan-actions', { and: [due, { progress: { greater_than_equal: 100 } }] }),
      countWhere(ctx, 'plan-actions', due),
    ])
    return ratio(done, total)
  },
})

/** Contents published in the period, with a breakdown per channel. */
const contentPerChannel: Computation = {
  key: 'content-per-channel',
  label: { es: 'Contenidos publicados por canal', en: 'Content published per channel' },
  unit: 'count',
  compute: async (ctx) => {
    const p = ctx.period
    let total: number
    const breakdown: Record<string, number> = {}
    if (useSql(ctx)) {
      // `+kind` keeps SQLite on the measured_at range index (no reliance on ANALYZE statistics; `unindexed`);
      // SQLite's CROSS JOIN fixes the join order: the period's follow-ups first, then their channel rows
      // (PostgreSQL's planner orders joins itself, and takes no ON after CROSS JOIN: a plain JOIN there).
      const [{ n }] = await sqlRows<{ n: number }>(
        ctx,
        (sql, dialect) =>
          sql`SELECT COUNT(*) AS n FROM follow_ups WHERE ${unindexed(sql, dialect, 'kind')} = 'content-published' AND measured_at >= ${p.start.toISOString()} AND measured_at < ${p.end.toISOString()}`,
      )
      total = Number(n)
      const rows = await sqlRows<{ channel: string; n: number }>(
        ctx,
        (sql, dialect) =>
          sql`SELECT c.value AS channel, COUNT(*) AS n FROM follow_ups f ${sql.raw(dialect === 'sqlite' ? 'CROSS JOIN' : 'JOIN')} follow_ups_channels c ON c.parent_id = f.id
            WHERE ${unindexed(sql, dialect, 'f.kind')} = 'content-published' AND f.measured_at >= ${p.start.toISOString()} AND f.measured_at < ${p.end.toISOString()}
            GROUP BY c.value`,
      )
      for (const row of rows) breakdown[row.channel] = Number(row.n)
    } else {
      total = await countWhere(ctx, 'follow-ups', followUps('content-published', p))
      const counts = await Promise.all(
        CHANNELS.map((c) => countWhere(ctx, 'follow-ups', followUps('content-published', p, [{ channels: { in: [c.value] } }]))),
      )
      CHANNELS.forEach((c, i) => {
        if (counts[i]) breakdown[c.value] = counts[i]
      })
    }
    return { available: true, value: total, numerator: total, denominator: null, breakdown }
  },
}

/** The monitoring figures' period and path for an indicator's period and mode (one implementation: src/features/monitoring/figures.ts). */
const monitoringArgs = (ctx: ComputationContext) =>
  [{ from: ctx.period.start, to: ctx.period.end }, { sqlFastPath: ctx.mode !== 'neutral' }] as const

/**
 * Press-release pickup (%): press releases published in the period with at least one media
 * mention / press releases published in the period. Computed by the monitoring area's
 * `pressReleasePickupRate` (the same figure the media-monitoring report shows).
 */
const pressReleasePickup: Computation = {
  key: 'press-release-pickup',
  label: { es: 'Tasa de publicación de comunicados (free press)', en: 'Press-release pickup rate' },
  unit: '%',
  compute: async (ctx) => {
    if (!hasCollection(ctx.req, 'media-mentions')) return notAvailable('indicatorNoMonitoring')
    const { releases, pickedUp } = await pressReleasePickupRate(ctx.req, ...monitoringArgs(ctx))
    return ratio(pickedUp, releases)
  },
}

/**
 * Media sentiment index (net): (positive − negative) / all mentions in the period × 100.
 * Counts from the monitoring area's `sentimentIndex` (its index is the same ratio in [−1, 1]).
 */
const mediaSentiment: Computation = {
  key: 'media-sentiment',
  label: { es: 'Índice de sentimiento en medios', en: 'Media sentiment index' },
  unit: 'index',
  compute: async (ctx) => {
    if (!hasCollection(ctx.req, 'media-mentions')) return notAvailable('indicatorNoMonitoring')
    const { positive, negative, neutral, total } = await sentimentIndex(ctx.req, ...monitoringArgs(ctx))
    return { ...ratio(positive - negative, total), breakdown: { positive, negative, neutral } }
  },
}

/** The field of archive-assets that says a video has captions (the archive area names it). */
const CAPTION_FIELDS = ['hasCaptions', 'captioned', 'closedCaptions', 'captions', 'subtitles']

/** Captioned video share (%): new videos in the archive with captions / new videos (Res. MinTIC 1519/2020). */
const captionedVideoShare: Computation = {
  key: 'captioned-video-share',
  label: { es: 'Videos nuevos con subtítulos', en: 'Captioned video share' },
  unit: '%',
  compute: async (ctx) => {
    const collection = (ctx.req.payload.collections as unknown as Record<string, { config: { flattenedFields: unknown[] } } | undefined>)['archive-assets']
    if (!collection) return notAvailable('indicatorNoArchive')
    const fields = collection.config.flattenedFields as Array<{ name: string; type: string }>
    const field = fields.find((f) => CAPTION_FIELDS.includes(f.name))
    if (!field) return notAvailable('indicatorNoCaptions')
    const videos: Where = { and: [{ kind: { equals: 'video' } }, inPeriod('createdAt', ctx.period)] }
    const captioned: Where = field.type === 'checkbox' ? { [field.name]: { equals: true } } : { [field.name]: { exists: true } }
    const [num, den] = await Promise.all([
      countWhere(ctx, 'archive-assets', { and: [videos, captioned] }),
      countWhere(ctx, 'archive-assets', videos),
    ])
    return ratio(num, den)
  },
}

/** Accountability commitments fulfilled (%): commitments due in the period that are fulfilled / due (cancelled ones excluded). */
const commitmentsFulfilled: Computation = {
  key: 'commitments-fulfilled',
  label: { es: 'Compromisos de rendición de cuentas cumplidos', en: 'Accountability commitments fulfilled' },
  unit: '%',
  compute: async (ctx) => {
    const p = ctx.period
    if (useSql(ctx)) {
      const rows = await sqlRows<{ n: number; done: null | number }>(
        ctx,
        (sql) =>
          sql`SELECT COUNT(*) AS n, SUM(CASE WHEN c.status = 'fulfilled' THEN 1 ELSE 0 END) AS done
            FROM campaigns_commitments c JOIN campaigns k ON k.id = c._parent_id
            WHERE k.kind = 'accountability' AND c.status <> 'cancelled'
            AND c.due_date >= ${p.start.toISOString()} AND c.due_date < ${p.end.toISOString()}`,
      )
      return ratio(Number(rows[0]?.done ?? 0), Number(rows[0]?.n ?? 0))
    }
    // Neutral: only the accountability campaigns with a commitment due in the period, commitments selected.
    let done = 0
    let due = 0
    const start = p.start.getTime()
    const end = p.end.getTime()
    await scan(
      ctx,
      'campaigns',
      { and: [{ kind: { equals: 'accountability' } }, { 'commitments.dueDate': { greater_than_equal: p.start.toISOString() } }, { 'commitments.dueDate': { less_than: p.end.toISOString() } }] },
      { commitments: true },
      (doc) => {
        for (const c of (doc.commitments ?? []) as Array<{ dueDate?: string; status?: string }>) {
          const t = c.dueDate ? new Date(c.dueDate).getTime() : NaN
          if (!(t >= start && t < end) || c.status === 'cancelled') continue
          due++
          if (c.status === 'fulfilled') done++
        }
      },
    )
    return ratio(done, due)
  },
}

/** The built-in computations an indicator chooses from (`indicators.computation`). */
/** Petitions answered within their legal term (%), Ley 1755/2015: computed by the compliance feature, which owns petitions. */
const petitionsAnsweredOnTime: Computation = {
  key: 'petitions-on-time',
  label: { es: 'Derechos de petición respondidos a tiempo', en: 'Petitions answered on time' },
  unit: '%',
  compute: (ctx) => petitionsOnTime(ctx),
}

export const COMPUTATIONS: Computation[] = [
  requestsOnTime,
  averageLeadTime,
  planExecution('external'),
  planExecution('internal'),
  requesterSatisfaction,
  contentPerChannel,
  pressReleasePickup,
  mediaSentiment,
  captionedVideoShare,
  commitmentsFulfilled,
  petitionsAnsweredOnTime,
]

export const computationByKey = (key: string): Computation | undefined => COMPUTATIONS.find((c) => c.key === key)
