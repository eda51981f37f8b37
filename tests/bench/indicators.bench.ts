/**
 * Benchmark: computing every built-in indicator for one month over a year of synthetic data
 * (≥ 1 M records over requests, contents and follow-ups; media mentions only when the monitoring
 * collection exists), then over twice the data (a second year). Goal: ≤ 1 s for the month, and
 * doubling the data must not double the time (ratio < 2). The same goals on PostgreSQL
 * (PREGONERO_TEST_DB=postgres; `npm run bench` prints both).
 * Run alone: `npm run bench -- indicators`.
 */
import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'
import { createLocalReq } from 'payload'

import { COMPUTATIONS, type ComputationResult } from '../../src/features/planning/indicators/computations.js'
import { computeIndicator } from '../../src/features/planning/indicators/measure.js'
import { parsePeriod } from '../../src/features/planning/indicators/period.js'
import { bootPayload } from '../helpers/bootPayload.js'

export type BenchRow = { figure: string; baseline: number; measured: number; ratio: number; goal: string; pass: boolean; unit: string }

const FINISHED = ['delivered', 'closed', 'cancelled', 'rejected']
const MONTH = '2025-06'
const SCALE = Number(process.env.BENCH_SCALE ?? 1)
const PER_YEAR = Object.fromEntries(Object.entries({ requests: 250_000, contents: 250_000, delivered: 200_000, rated: 100_000, published: 200_000 }).map(([k, v]) => [k, Math.round(v * SCALE)])) as Record<"requests" | "contents" | "delivered" | "rated" | "published", number>

type Db = { run: (q: unknown) => Promise<void>; all: <T>(q: unknown) => Promise<T[]> }
/** The app's drizzle as a runner of raw statements, on SQLite (`run`/`all`) or PostgreSQL (`execute`). */
const dbOf = (payload: Payload): Db => {
  const drizzle = (payload.db as unknown as { drizzle: Record<string, (q: unknown) => Promise<unknown>> }).drizzle
  if (payload.db.name === 'postgres') {
    return {
      run: async (q) => void (await drizzle.execute!(q)),
      all: async <T>(q: unknown) => ((await drizzle.execute!(q)) as { rows: T[] }).rows,
    }
  }
  return { run: async (q) => void (await drizzle.run!(q)), all: async <T>(q: unknown) => (await drizzle.all!(q)) as T[] }
}

/**
 * Bulk-inserts one year of synthetic data with one INSERT … SELECT per table (a benchmark fixture,
 * not app code): SQLite counts with a recursive CTE, PostgreSQL with generate_series; PostgreSQL's
 * select columns are enums, so the computed values are cast to them.
 */
const generateYear = async (payload: Payload, year: number, departments: number[]) => {
  const db = dbOf(payload)
  const pg = payload.db.name === 'postgres'
  const start = Date.UTC(year, 0, 1) / 1000
  const span = 365 * 86_400
  const seq = (n: number) => sql.raw(pg ? '' : `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ${n - 1})`)
  const from_ = (n: number) => sql.raw(pg ? `FROM generate_series(0, ${n - 1}) AS s(i)` : 'FROM s')
  const at = (n: number, expr = 'i') =>
    sql.raw(pg ? `to_timestamp(${start} + (${expr})::bigint * ${span} / ${n})` : `strftime('%Y-%m-%dT%H:%M:%fZ', ${start} + (${expr}) * ${span} / ${n}, 'unixepoch')`)
  const cast = (expr: string, type: string) => (pg ? `(${expr})::${type}` : expr)
  const dep = sql.raw(`(CASE i % ${departments.length} ${departments.map((d, k) => `WHEN ${k} THEN ${d}`).join(' ')} END)`)
  const statuses = ['submitted', 'accepted', 'in-production', 'in-review', 'delivered', 'delivered', 'closed', 'closed', 'cancelled', 'rejected']
  const status = sql.raw(cast(`CASE i % 10 ${statuses.map((s, k) => `WHEN ${k} THEN '${s}'`).join(' ')} END`, 'enum_communication_requests_status'))
  const kinds = ['news', 'press-release', 'social-post', 'graphic-piece', 'audiovisual-piece', 'radio-spot']
  const kindCase = `CASE i % 6 ${kinds.map((s, k) => `WHEN ${k} THEN '${s}'`).join(' ')} END`
  const kind = sql.raw(cast(kindCase, 'enum_contents_kind'))
  const contentKind = sql.raw(cast(kindCase, 'enum_follow_ups_content_kind'))
  const n = PER_YEAR
  await db.run(sql`INSERT INTO communication_requests (title, department_id, audience, description, status, due_date, created_at, updated_at)
    ${seq(n.requests)} SELECT 'Solicitud ' || i, ${dep}, 'external', 'Generada', ${status}, ${at(n.requests, 'i + 3')}, ${at(n.requests)}, ${at(n.requests)} ${from_(n.requests)}`)
  await db.run(sql`INSERT INTO contents (title, kind, audience, stage, _status, published_at, created_at, updated_at)
    ${seq(n.contents)} SELECT 'Contenido ' || i, ${kind}, 'external', 'published', 'published', ${at(n.contents)}, ${at(n.contents)}, ${at(n.contents)} ${from_(n.contents)}`)
  await db.run(sql`INSERT INTO follow_ups (kind, subject_collection, subject_id, measured_at, department_id, on_time, lead_time_days, created_at, updated_at)
    ${seq(n.delivered)} SELECT 'request-delivered', 'communication-requests', CAST(i AS TEXT), ${at(n.delivered)}, ${dep}, (i % 5) <> 0, 1 + (i % 9), ${at(n.delivered)}, ${at(n.delivered)} ${from_(n.delivered)}`)
  await db.run(sql`INSERT INTO follow_ups (kind, subject_collection, subject_id, measured_at, department_id, score, created_at, updated_at)
    ${seq(n.rated)} SELECT 'request-rated', 'communication-requests', CAST(i AS TEXT), ${at(n.rated)}, ${dep}, 1 + (i * 7 % 5), ${at(n.rated)}, ${at(n.rated)} ${from_(n.rated)}`)
  const [{ first }] = await db.all<{ first: number }>(sql`SELECT COALESCE(MAX(id), 0) + 1 AS first FROM contents`)
  await db.run(sql`INSERT INTO follow_ups (kind, subject_collection, subject_id, measured_at, content_kind, created_at, updated_at)
    ${seq(n.published)} SELECT 'content-published', 'contents', CAST(${Number(first) - n.contents} + (i % ${n.contents}) AS TEXT), ${at(n.published)}, ${contentKind}, ${at(n.published)}, ${at(n.published)} ${from_(n.published)}`)
  const from = new Date(start * 1000).toISOString()
  const to = new Date((start + span) * 1000).toISOString()
  const channels = ['facebook', 'instagram', 'x', 'web', 'radio', 'tv']
  await db.run(sql`INSERT INTO follow_ups_channels ("order", parent_id, value)
    SELECT 1, id, ${sql.raw(cast(`CASE id % 6 ${channels.map((c, k) => `WHEN ${k} THEN '${c}'`).join(' ')} END`, 'enum_follow_ups_channels'))} FROM follow_ups
    WHERE kind = 'content-published' AND measured_at >= ${from} AND measured_at < ${to}`)
  await db.run(sql`INSERT INTO follow_ups_channels ("order", parent_id, value)
    SELECT 2, id, 'web' FROM follow_ups WHERE kind = 'content-published' AND measured_at >= ${from} AND measured_at < ${to} AND id % 2 = 0 AND id % 6 <> 3`)
  if (payload.collections['media-mentions' as never]) {
    // monitoring installed (after merge): one mention per two press releases, sentiment mixed
    const outlet = (await payload.create({ collection: 'media-outlets' as never, data: { name: `Diario ${year}`, type: 'press', scope: 'regional' } as never })) as unknown as { id: number }
    await db.run(sql`INSERT INTO media_mentions (outlet_id, headline, date, sentiment, origin_content_id, dedupe_key, source, created_at, updated_at)
      SELECT ${outlet.id}, 'Mención ' || id, published_at, ${sql.raw(cast("CASE id % 3 WHEN 0 THEN 'positive' WHEN 1 THEN 'neutral' ELSE 'negative' END", 'enum_media_mentions_sentiment'))}, id, 'bench|' || id, 'import', published_at, published_at
      FROM contents WHERE kind = 'press-release' AND id % 2 = 0 AND published_at >= ${from} AND published_at < ${to}`)
  }
  // No ANALYZE by default: the fast path must not depend on planner statistics a fresh
  // database lacks. BENCH_ANALYZE=1 measures a maintained database (`PRAGMA optimize`).
  if (process.env.BENCH_ANALYZE === '1') await db.run(sql`ANALYZE`)
  return n.requests + n.contents + n.delivered + n.rated + n.published
}

const computeAll = async (payload: Payload, mode: 'auto' | 'neutral') => {
  const req = await createLocalReq({}, payload)
  const period = parsePeriod(MONTH)
  const now = new Date('2025-07-05T00:00:00.000Z')
  const results: Record<string, ComputationResult> = {}
  const t0 = performance.now()
  for (const c of COMPUTATIONS) results[c.key] = await computeIndicator(req, { computation: c.key }, period, { mode, now, finishedRequestStatuses: FINISHED })
  return { ms: performance.now() - t0, results }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const timeAll = async (payload: Payload, runs = 5) => {
  await computeAll(payload, 'auto') // warm-up
  const times: number[] = []
  let last
  for (let i = 0; i < runs; i++) {
    last = await computeAll(payload, 'auto')
    times.push(last.ms)
  }
  return { ms: median(times), results: last!.results }
}

export async function run(): Promise<BenchRow[]> {
  const app = await bootPayload()
  try {
    const payload = app.payload
    const departments: number[] = []
    for (let i = 0; i < 20; i++) {
      departments.push(Number((await payload.create({ collection: 'departments', data: { name: `Dependencia ${i}`, code: `D${i}` } as never })).id))
    }
    const t0 = performance.now()
    const records1 = await generateYear(payload, 2025, departments)
    const gen1 = (performance.now() - t0) / 1000
    const one = await timeAll(payload)
    console.log(`[indicators] 1 year: ${records1.toLocaleString('en')} records (+ channel rows) generated in ${gen1.toFixed(1)} s; month ${MONTH}: ${one.ms.toFixed(1)} ms`)

    const records2 = records1 + (await generateYear(payload, 2024, departments))
    const two = await timeAll(payload)
    const ratio = two.ms / one.ms
    console.log(`[indicators] 2 years: ${records2.toLocaleString('en')} records; month ${MONTH}: ${two.ms.toFixed(1)} ms; ratio ${ratio.toFixed(2)}`)

    // Same month through the neutral fallback (paged find with select): must give the same numbers.
    const neutral = await computeAll(payload, 'neutral')
    const canon = (v: unknown): unknown =>
      v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])]))
        : v
    const differing = Object.keys(two.results).filter((k) => JSON.stringify(canon(two.results[k])) !== JSON.stringify(canon(neutral.results[k])))
    const same = differing.length === 0
    for (const k of differing) console.log(`  differs: ${k}: sql ${JSON.stringify(two.results[k])} neutral ${JSON.stringify(neutral.results[k])}`)
    console.log(`[indicators] neutral fallback: ${neutral.ms.toFixed(1)} ms; same numbers as SQL path: ${same}`)
    for (const [key, r] of Object.entries(two.results)) console.log(`  ${key}: ${r.value} (${r.numerator}/${r.denominator})${r.available ? '' : ' not available'}`)

    return [
      { figure: 'indicators: all built-in computations, one month, 1 year of data (s)', baseline: 1, measured: one.ms / 1000, ratio: one.ms / 1000, goal: '≤ 1 s', pass: one.ms <= 1000, unit: 's' },
      { figure: 'indicators: same month, 2 years of data (s)', baseline: one.ms / 1000, measured: two.ms / 1000, ratio, goal: 'doubling data must not double the time (ratio < 2)', pass: two.ms <= 1000 && ratio < 2, unit: 's' },
      { figure: 'indicators: neutral fallback equals SQL fast path (2 years)', baseline: two.ms / 1000, measured: neutral.ms / 1000, ratio: neutral.ms / two.ms, goal: 'same numbers', pass: same, unit: 's' },
    ]
  } finally {
    await app.close()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run()
    .then((rows) => {
      console.table(rows)
      process.exit(rows.every((r) => r.pass) ? 0 : 1)
    })
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
