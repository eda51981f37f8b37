import type { Payload, PayloadRequest, Where } from 'payload'

import type { OutletType, Sentiment } from './vocabulary.js'

import { engagementRate } from './engagement.js'
import { OUTLET_TYPES, SENTIMENTS } from './vocabulary.js'
import { sqlAll, sqlDialect } from '../../kernel/sql/fastPath.js'
import { idOf } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

/**
 * Derived monitoring figures for reports and indicators. Every function takes
 * `(payload or req, { from, to }, options?)`: `from` inclusive, `to` exclusive (a month is
 * `{ from: 2026-11-01, to: 2026-12-01 }`). A mention counts by its `date`, a metrics record by
 * its `periodStart`, a read by its `day`, a press release by its `publishedAt`.
 *
 * Two paths with the same results (tested against each other, on SQLite and on PostgreSQL): an SQL
 * fast path (one GROUP BY through `payload.db.drizzle`, on SQLite and PostgreSQL) and the neutral path (Payload `count` with `where`,
 * or a paged `find` selecting only the grouped columns) used on every other adapter or when
 * `{ sqlFastPath: false }` (or the plugin option `monitoring.sqlFastPath: false`).
 */
export type Period = { from: Date; to: Date }
export type FigureOptions = { sqlFastPath?: boolean; engagementRateBase?: 'impressions' | 'reach' }
type Source = Payload | PayloadRequest

const SENTIMENT_VALUES = SENTIMENTS.map((s) => s.value)
const OUTLET_TYPE_VALUES = OUTLET_TYPES.map((t) => t.value)

/** A Payload instance has `db` and `collections`; a request carries `payload`. */
const unpack = (source: Source): { payload: Payload; req?: PayloadRequest } =>
  'db' in source && 'collections' in source
    ? { payload: source as Payload }
    : { payload: (source as PayloadRequest).payload, req: source as PayloadRequest }

const range = (field: string, { from, to }: Period): Where => ({
  and: [{ [field]: { greater_than_equal: from.toISOString() } }, { [field]: { less_than: to.toISOString() } }],
})

type SqlRows = Array<Record<string, unknown>>
/** Runs a raw query on SQLite or PostgreSQL, or returns null when the fast path does not apply. */
const sqlFast = async (
  source: Source,
  options: FigureOptions | undefined,
  tables: string[],
  build: (sql: (strings: TemplateStringsArray, ...values: unknown[]) => unknown) => unknown,
): Promise<null | SqlRows> => {
  if (options?.sqlFastPath === false) return null
  const { payload, req } = unpack(source)
  const tablesOf = (payload.db as unknown as { tables?: Record<string, unknown> }).tables
  if (!sqlDialect(payload) || !tables.every((t) => tablesOf?.[t])) return null
  return sqlAll(payload, req, build)
}

const num = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value))

/** Reads every matching doc in pages, selecting only `select` (neutral path for groupings). */
const scan = async <T>(
  source: Source,
  collection: string,
  where: Where,
  select: Record<string, true>,
  each: (doc: T) => void,
): Promise<void> => {
  const { payload, req } = unpack(source)
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: collection as never,
      where,
      select: select as never,
      depth: 0,
      limit: 2000,
      page,
      sort: 'id',
      req,
      overrideAccess: true,
    })
    for (const doc of result.docs) each(doc as T)
    if (!result.hasNextPage) return
  }
}

const count = async (source: Source, collection: string, where: Where): Promise<number> => {
  const { payload, req } = unpack(source)
  const { totalDocs } = await payload.count({ collection: collection as never, where, req, overrideAccess: true })
  return totalDocs
}

// ── mentions by sentiment and outlet type ───────────────────────────────────────────

export type MentionBreakdown = {
  total: number
  bySentiment: Record<Sentiment, number>
  byOutletType: Record<OutletType, number>
  /** outlet type → sentiment → mentions. */
  matrix: Record<OutletType, Record<Sentiment, number>>
}

const emptyBreakdown = (): MentionBreakdown => ({
  total: 0,
  bySentiment: Object.fromEntries(SENTIMENT_VALUES.map((s) => [s, 0])) as Record<Sentiment, number>,
  byOutletType: Object.fromEntries(OUTLET_TYPE_VALUES.map((t) => [t, 0])) as Record<OutletType, number>,
  matrix: Object.fromEntries(OUTLET_TYPE_VALUES.map((t) => [t, Object.fromEntries(SENTIMENT_VALUES.map((s) => [s, 0]))])) as Record<OutletType, Record<Sentiment, number>>,
})

/** Mentions in the period by sentiment, by outlet type, and both. */
export const mentionsBySentimentAndOutletType = async (
  source: Source,
  period: Period,
  options?: FigureOptions,
): Promise<MentionBreakdown> => {
  const out = emptyBreakdown()
  const add = (type: unknown, sentiment: unknown, n: number) => {
    out.total += n
    if (SENTIMENT_VALUES.includes(sentiment as Sentiment)) out.bySentiment[sentiment as Sentiment] += n
    if (OUTLET_TYPE_VALUES.includes(type as OutletType)) {
      out.byOutletType[type as OutletType] += n
      if (SENTIMENT_VALUES.includes(sentiment as Sentiment)) out.matrix[type as OutletType][sentiment as Sentiment] += n
    }
  }
  const rows = await sqlFast(source, options, ['media_mentions', 'media_outlets'], (sql) =>
    sql`SELECT o.type AS type, m.sentiment AS sentiment, COUNT(*) AS n
        FROM media_mentions m LEFT JOIN media_outlets o ON o.id = m.outlet_id
        WHERE m.date >= ${period.from.toISOString()} AND m.date < ${period.to.toISOString()}
        GROUP BY o.type, m.sentiment`,
  )
  if (rows) {
    for (const row of rows) add(row.type, row.sentiment, num(row.n))
    return out
  }
  const base = range('date', period)
  out.total = await count(source, 'media-mentions', base)
  for (const sentiment of SENTIMENT_VALUES) {
    out.bySentiment[sentiment] = await count(source, 'media-mentions', { and: [base, { sentiment: { equals: sentiment } }] })
  }
  for (const type of OUTLET_TYPE_VALUES) {
    for (const sentiment of SENTIMENT_VALUES) {
      const n = await count(source, 'media-mentions', {
        and: [base, { sentiment: { equals: sentiment } }, { 'outlet.type': { equals: type } }],
      })
      out.matrix[type][sentiment] = n
      out.byOutletType[type] += n
    }
  }
  return out
}

/** Sentiment counts and the net sentiment index (positive − negative) / total, in [−1, 1]; null with no mentions. */
export const sentimentIndex = async (
  source: Source,
  period: Period,
  options?: FigureOptions,
): Promise<{ positive: number; neutral: number; negative: number; total: number; index: null | number }> => {
  const { bySentiment, total } = await mentionsBySentimentAndOutletType(source, period, options)
  return { ...bySentiment, total, index: netSentiment({ bySentiment, total }) }
}

/** The net sentiment index of a breakdown: (positive − negative) / total, 4 decimals; null with no mentions. */
export const netSentiment = ({ bySentiment, total }: Pick<MentionBreakdown, 'bySentiment' | 'total'>): null | number =>
  total > 0 ? Math.round(((bySentiment.positive - bySentiment.negative) / total) * 10_000) / 10_000 : null

// ── share of voice by topic ─────────────────────────────────────────────────────────

export type TopicShare = { topic: null | string; mentions: number; share: number }

/** Each topic's mentions and share of all mentions in the period (0–1), largest first; `topic: null` = no topic. */
export const shareOfVoiceByTopic = async (source: Source, period: Period, options?: FigureOptions): Promise<TopicShare[]> => {
  const counts = new Map<null | string, number>()
  const rows = await sqlFast(source, options, ['media_mentions'], (sql) =>
    sql`SELECT m.topic AS topic, COUNT(*) AS n FROM media_mentions m
        WHERE m.date >= ${period.from.toISOString()} AND m.date < ${period.to.toISOString()}
        GROUP BY m.topic`,
  )
  if (rows) for (const row of rows) counts.set((row.topic as null | string) || null, (counts.get((row.topic as null | string) || null) ?? 0) + num(row.n))
  else
    await scan<{ topic?: null | string }>(source, 'media-mentions', range('date', period), { topic: true }, (doc) => {
      const topic = doc.topic || null
      counts.set(topic, (counts.get(topic) ?? 0) + 1)
    })
  const total = [...counts.values()].reduce((a, b) => a + b, 0)
  return [...counts.entries()]
    .map(([topic, mentions]) => ({ topic, mentions, share: total ? Math.round((mentions / total) * 10_000) / 10_000 : 0 }))
    .sort((a, b) => b.mentions - a.mentions || String(a.topic).localeCompare(String(b.topic)))
}

// ── press-release pickup rate ───────────────────────────────────────────────────────

export type PickupRate = { releases: number; pickedUp: number; rate: null | number }

/**
 * Press-release pickup rate: of the press releases published in the period (contents with kind
 * `press-release`, stage `published`, `publishedAt` in the period), the share with at least one
 * media mention whose `originContent` is that release (mentions of any date). `rate` in 0–1,
 * null when no release was published.
 */
export const pressReleasePickupRate = async (source: Source, period: Period, options?: FigureOptions): Promise<PickupRate> => {
  const rows = await sqlFast(source, options, ['contents', 'media_mentions'], (sql) =>
    sql`SELECT COUNT(*) AS releases,
          COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM media_mentions m WHERE m.origin_content_id = c.id) THEN 1 ELSE 0 END), 0) AS picked
        FROM contents c
        WHERE c.kind = 'press-release' AND c.stage = 'published'
          AND c.published_at >= ${period.from.toISOString()} AND c.published_at < ${period.to.toISOString()}`,
  )
  let releases: number
  let pickedUp: number
  if (rows) {
    releases = num(rows[0]?.releases)
    pickedUp = num(rows[0]?.picked)
  } else {
    const ids: Array<number | string> = []
    await scan<{ id: number | string }>(
      source,
      'contents',
      { and: [{ kind: { equals: 'press-release' } }, { stage: { equals: 'published' } }, range('publishedAt', period)] },
      { id: true },
      (doc) => ids.push(doc.id),
    )
    releases = ids.length
    const picked = new Set<string>()
    for (let i = 0; i < ids.length; i += 300) {
      await scan<{ originContent?: unknown }>(
        source,
        'media-mentions',
        { originContent: { in: ids.slice(i, i + 300) } },
        { originContent: true },
        (doc) => picked.add(String(idOf(doc.originContent))),
      )
    }
    pickedUp = picked.size
  }
  return { releases, pickedUp, rate: releases > 0 ? Math.round((pickedUp / releases) * 10_000) / 10_000 : null }
}

// ── social reach and engagement per account ─────────────────────────────────────────

export type AccountFigures = {
  account: number | string
  network: null | string
  handle: null | string
  records: number
  /** Followers at the end of the latest record of the period (a stock, not summed). */
  followers: null | number
  impressions: number
  /** Sum of the records' reach: people reached per record, not de-duplicated across records. */
  reach: number
  engagements: number
  posts: number
  /** engagements / reach × 100 (or / impressions, by option) over the period's sums. */
  engagementRate: null | number
}

/** Social reach, impressions, engagements and engagement rate per account, for records starting in the period. */
export const socialFiguresByAccount = async (
  source: Source,
  period: Period,
  options?: FigureOptions,
): Promise<AccountFigures[]> => {
  type Acc = Omit<AccountFigures, 'engagementRate'> & { latest: string }
  const byAccount = new Map<string, Acc>()
  const rows = await sqlFast(source, options, ['social_metrics', 'social_accounts'], (sql) =>
    sql`SELECT s.account_id AS account, a.network AS network, a.handle AS handle, COUNT(*) AS records,
          COALESCE(SUM(s.impressions), 0) AS impressions, COALESCE(SUM(s.reach), 0) AS reach,
          COALESCE(SUM(s.engagements), 0) AS engagements, COALESCE(SUM(s.posts), 0) AS posts,
          (SELECT s2.followers FROM social_metrics s2
             WHERE s2.account_id = s.account_id AND s2.followers IS NOT NULL
               AND s2.period_start >= ${period.from.toISOString()} AND s2.period_start < ${period.to.toISOString()}
             ORDER BY s2.period_end DESC, s2.id DESC LIMIT 1) AS followers
        FROM social_metrics s LEFT JOIN social_accounts a ON a.id = s.account_id
        WHERE s.period_start >= ${period.from.toISOString()} AND s.period_start < ${period.to.toISOString()}
        GROUP BY s.account_id, a.network, a.handle`,
  )
  if (rows) {
    for (const row of rows) {
      byAccount.set(String(row.account), {
        account: row.account as number | string,
        network: (row.network as null | string) ?? null,
        handle: (row.handle as null | string) ?? null,
        records: num(row.records),
        followers: row.followers === null || row.followers === undefined ? null : num(row.followers),
        impressions: num(row.impressions),
        reach: num(row.reach),
        engagements: num(row.engagements),
        posts: num(row.posts),
        latest: '',
      })
    }
  } else {
    type Doc = { id: number | string; account: unknown; periodEnd: string; followers?: null | number; impressions?: null | number; reach?: null | number; engagements?: null | number; posts?: null | number }
    await scan<Doc>(
      source,
      'social-metrics',
      range('periodStart', period),
      { account: true, periodEnd: true, followers: true, impressions: true, reach: true, engagements: true, posts: true },
      (doc) => {
        const accountId = idOf(doc.account) as number | string
        const acc = byAccount.get(String(accountId)) ?? { account: accountId, network: null, handle: null, records: 0, followers: null, impressions: 0, reach: 0, engagements: 0, posts: 0, latest: '' }
        acc.records++
        acc.impressions += doc.impressions ?? 0
        acc.reach += doc.reach ?? 0
        acc.engagements += doc.engagements ?? 0
        acc.posts += doc.posts ?? 0
        // latest periodEnd wins; ties go to the later id (pages are sorted by id)
        const stamp = String(doc.periodEnd ?? '')
        if (typeof doc.followers === 'number' && stamp >= acc.latest) {
          acc.followers = doc.followers
          acc.latest = stamp
        }
        byAccount.set(String(accountId), acc)
      },
    )
    if (byAccount.size > 0) {
      const { payload, req } = unpack(source)
      const { docs } = await payload.find({
        collection: SLUGS.socialAccounts,
        where: { id: { in: [...byAccount.values()].map((a) => a.account) } },
        pagination: false,
        depth: 0,
        select: { network: true, handle: true },
        req,
        overrideAccess: true,
      })
      for (const doc of docs as unknown as Array<{ id: number | string; network: string; handle: string }>) {
        const acc = byAccount.get(String(doc.id))
        if (acc) Object.assign(acc, { network: doc.network, handle: doc.handle })
      }
    }
  }
  const base = options?.engagementRateBase ?? 'reach'
  return [...byAccount.values()]
    .map(({ latest: _latest, ...acc }) => ({ ...acc, engagementRate: engagementRate(acc.engagements, base === 'impressions' ? acc.impressions : acc.reach) }))
    .sort((a, b) => String(a.network).localeCompare(String(b.network)) || String(a.handle).localeCompare(String(b.handle)))
}

// ── intranet reads per department ───────────────────────────────────────────────────

export type DepartmentReads = { department: null | number | string; name: null | string; reads: number; readers: number; contents: number }

/** Intranet reads in the period per department of the reader: reads, distinct readers, distinct contents. */
export const readsByDepartment = async (source: Source, period: Period, options?: FigureOptions): Promise<DepartmentReads[]> => {
  const out = new Map<string, DepartmentReads>()
  const rows = await sqlFast(source, options, ['intranet_reads', 'departments'], (sql) =>
    sql`SELECT r.department_id AS department, d.name AS name, COUNT(*) AS reads,
          COUNT(DISTINCT r.user_id) AS readers, COUNT(DISTINCT r.content_id) AS contents
        FROM intranet_reads r LEFT JOIN departments d ON d.id = r.department_id
        WHERE r.day >= ${period.from.toISOString()} AND r.day < ${period.to.toISOString()}
        GROUP BY r.department_id, d.name`,
  )
  if (rows) {
    for (const row of rows) {
      out.set(String(row.department), {
        department: (row.department as null | number | string) ?? null,
        name: (row.name as null | string) ?? null,
        reads: num(row.reads),
        readers: num(row.readers),
        contents: num(row.contents),
      })
    }
  } else {
    const sets = new Map<string, { users: Set<string>; contents: Set<string> }>()
    await scan<{ department?: unknown; user?: unknown; content?: unknown }>(
      source,
      'intranet-reads',
      range('day', period),
      { department: true, user: true, content: true },
      (doc) => {
        const dep = idOf(doc.department)
        const key = String(dep)
        const entry = out.get(key) ?? { department: dep, name: null, reads: 0, readers: 0, contents: 0 }
        const set = sets.get(key) ?? { users: new Set(), contents: new Set() }
        entry.reads++
        set.users.add(String(idOf(doc.user)))
        set.contents.add(String(idOf(doc.content)))
        entry.readers = set.users.size
        entry.contents = set.contents.size
        out.set(key, entry)
        sets.set(key, set)
      },
    )
    const ids = [...out.values()].map((d) => d.department).filter((d) => d !== null)
    if (ids.length > 0) {
      const { payload, req } = unpack(source)
      const { docs } = await payload.find({ collection: SLUGS.departments, where: { id: { in: ids } }, pagination: false, depth: 0, req, overrideAccess: true })
      for (const doc of docs as unknown as Array<{ id: number | string; name: string }>) {
        const entry = out.get(String(doc.id))
        if (entry) entry.name = doc.name
      }
    }
  }
  return [...out.values()].sort((a, b) => b.reads - a.reads || String(a.name).localeCompare(String(b.name)))
}

// ── free-press (advertising value equivalent) ───────────────────────────────────────

/**
 * Sum of the mentions' free-press value: an ADVERTISING VALUE EQUIVALENT ESTIMATE, not a
 * measure of impact (AMEC Barcelona Principles). Reported only labelled as such.
 */
export const advertisingValueEquivalent = async (
  source: Source,
  period: Period,
  options?: FigureOptions,
): Promise<{ estimate: number; mentionsWithValue: number }> => {
  const rows = await sqlFast(source, options, ['media_mentions'], (sql) =>
    sql`SELECT COALESCE(SUM(m.free_press_value), 0) AS total, COUNT(m.free_press_value) AS n FROM media_mentions m
        WHERE m.date >= ${period.from.toISOString()} AND m.date < ${period.to.toISOString()}`,
  )
  if (rows) return { estimate: num(rows[0]?.total), mentionsWithValue: num(rows[0]?.n) }
  let estimate = 0
  let mentionsWithValue = 0
  await scan<{ freePressValue?: null | number }>(source, 'media-mentions', range('date', period), { freePressValue: true }, (doc) => {
    if (typeof doc.freePressValue === 'number') {
      estimate += doc.freePressValue
      mentionsWithValue++
    }
  })
  return { estimate, mentionsWithValue }
}
