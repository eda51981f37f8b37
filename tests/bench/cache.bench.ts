/**
 * Answer-cache benchmark (issue 17): anonymous throughput of the three reads a crowd sends — the
 * news list (REST, depth 1), one bulletin by slug (the plugin's endpoint) and the RSS feed — through
 * the cache (`withPublicCache`) against Payload's REST handler without it (`handleEndpoints`, what
 * the app's `/api/[...slug]` route runs), on the same Payload and data, in the same run, behind
 * node:http, with autocannon's `BENCH_CACHE_CONNECTIONS` (50) keep-alive clients for
 * `BENCH_CACHE_SECONDS` (5) per side, the sides interleaved. Goal: ≥ 10× for each read. Printed
 * too: the hit rate and the cache's memory (against its bound). Between rounds a content is
 * edited, so each cached round starts with a miss, as after a publication. A third side, `shared`,
 * is the cache as one of several instances runs it (`api.publicCache.shared`, checkOnRead): before
 * each batch of hits it reads the invalidation log's generation from the database.
 *
 * Run: `npm run bench -- cache` (BENCH_CACHE_DOCS, BENCH_CACHE_SECONDS, BENCH_CACHE_CONNECTIONS).
 */
import type { Payload, SanitizedConfig } from 'payload'

import autocannon from 'autocannon'
import http from 'node:http'

import type { BenchRow } from './types.js'

import { runStandalone } from './standalone.js'

const KINDS = ['news', 'press-release', 'social-post']

/** Contents written with the adapter (no hooks): 70 % published external. */
const fill = async (payload: Payload, docs: number) => {
  let transactionID: null | number | string = null
  for (let i = 0; i < docs; i++) {
    if (i % 1000 === 0) {
      if (transactionID !== null) await payload.db.commitTransaction(transactionID)
      transactionID = ((await payload.db.beginTransaction()) ?? null) as null | number | string
    }
    const published = i % 10 < 7
    await payload.db.create({
      collection: 'contents',
      data: {
        title: `Boletín ${i}: lluvias e inundaciones en Pasto`,
        slug: `boletin-${i}`,
        kind: KINDS[i % KINDS.length],
        audience: 'external',
        summary: 'Recomendaciones de la Dirección de Gestión del Riesgo para los barrios afectados.',
        channels: ['web'],
        stage: published ? 'published' : 'draft',
        _status: published ? 'published' : 'draft',
        publishedAt: published ? new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString() : null,
      },
      req: { transactionID: transactionID ?? undefined, payload },
    } as never)
  }
  if (transactionID !== null) await payload.db.commitTransaction(transactionID)
}

type Handler = (request: Request) => Promise<Response>

/** node:http in front of a handler; `/cached/<path>` and `/bare/<path>` go to the two sides. */
const serve = async (sides: Record<string, Handler>) => {
  const server = http.createServer(async (incoming, outgoing) => {
    const [, side, ...rest] = (incoming.url ?? '/').split('/')
    const url = `http://127.0.0.1/${rest.join('/')}`
    const headers = new Headers()
    for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
    const response = await sides[side!]!(new Request(url, { headers }))
    outgoing.writeHead(response.status, Object.fromEntries(response.headers.entries()))
    outgoing.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

type CannonResult = { non2xx: number; errors: number; timeouts: number; requests: { average: number } }

const load = (url: string, connections: number, seconds: number) =>
  new Promise<CannonResult>((resolve, reject) => {
    autocannon({ url, connections, duration: seconds, timeout: 60, headers: { 'x-forwarded-for': '198.51.100.20' } }, (error: unknown, result: CannonResult) =>
      error ? reject(error) : resolve(result),
    )
  })

export async function run(): Promise<BenchRow[]> {
  const DOCS = Number(process.env.BENCH_CACHE_DOCS ?? 3000)
  const SECONDS = Number(process.env.BENCH_CACHE_SECONDS ?? 5)
  const CONNECTIONS = Number(process.env.BENCH_CACHE_CONNECTIONS ?? 50)
  const ROUNDS = 2
  process.env.PREGONERO_DISABLE_JOBS = 'true'
  process.env.RATE_LIMIT_ANON_MAX = '1000000000'
  const { bootPayload } = await import('../helpers/bootPayload.js')
  const { handleEndpoints } = await import('payload')
  const { withPublicCache, cacheSettingsOf } = await import('../../src/features/publicApi/cache/withPublicCache.js')
  const { publicCacheFor } = await import('../../src/features/publicApi/cache/publicCache.js')
  const app = await bootPayload()
  const payload = app.payload
  const config = payload.config as SanitizedConfig
  const progress = (message: string) => process.stderr.write(`[cache bench] ${new Date().toISOString()} ${message}\n`)
  let server: http.Server | undefined
  try {
    progress(`filling ${DOCS} contents`)
    await fill(payload, DOCS)
    const bare: Handler = (request) => handleEndpoints({ config, path: new URL(request.url).pathname, request })
    const cached = withPublicCache(config, bare)
    // One of several instances: its own cache reading the database's invalidation log before serving.
    const { InvalidationLog } = await import('../../src/features/publicApi/cache/shared/invalidationLog.js')
    const sharedSettings = { ...cacheSettingsOf(config)!, namespace: 'bench-shared', shared: { pollMs: 250, checkOnRead: true, retainMs: 60_000 } }
    const sharedCache = publicCacheFor(sharedSettings)
    sharedCache.log = new InvalidationLog(payload.kv, { invalidate: (tags) => sharedCache.invalidate(tags), dropAll: () => sharedCache.dropAll() }, sharedSettings.shared)
    await sharedCache.log.start()
    const custom = config.custom as { pregonero: Record<string, unknown> }
    const sharedConfig = { ...config, custom: { ...custom, pregonero: { ...custom.pregonero, publicCache: sharedSettings } } } as SanitizedConfig
    const shared = withPublicCache(sharedConfig, bare)
    const served = await serve({ bare, cached, shared })
    server = served.server
    const latest = (await payload.find({ collection: 'contents', sort: '-publishedAt', limit: 1, overrideAccess: false, depth: 0 })).docs[0] as { id: number; slug: string }
    const reads = [
      { name: 'news list (REST, 20 latest, depth 1)', path: 'api/contents?limit=20&depth=1&sort=-publishedAt' },
      { name: 'a bulletin by slug', path: `api/pregonero/contents/by-slug/${latest.slug}` },
      { name: 'RSS feed', path: 'api/pregonero/feeds/news.rss' },
    ]
    // Both sides answer the same bytes.
    for (const read of reads) {
      const [a, b] = await Promise.all(['bare', 'cached'].map(async (side) => (await fetch(`${served.url}/${side}/${read.path}`)).text()))
      if (a !== b || !a) throw new Error(`the two sides differ for ${read.path}`)
    }
    const cache = publicCacheFor(cacheSettingsOf(config)!)
    const rows: BenchRow[] = []
    let peak = { bytes: 0, entries: 0 }
    for (const read of reads) {
      const throughput: Record<'bare' | 'cached' | 'shared', number[]> = { bare: [], cached: [], shared: [] }
      const before = { ...cache.counters }
      const sharedBefore = { hits: sharedCache.counters.hits, checks: sharedCache.log.counters.checks }
      for (let round = 0; round < ROUNDS; round++) {
        // a publication-like edit: the cached side starts the round with a miss
        await payload.update({ collection: 'contents', id: latest.id, data: { summary: `Actualizado ${round}` } as never, overrideAccess: true, context: { skipWorkflow: true } })
        // the shared side learns of it as another instance would (the log's entry; here at once)
        await sharedCache.invalidate(['list:contents', `doc:contents:${latest.id}`])
        for (const side of round % 2 ? (['shared', 'cached', 'bare'] as const) : (['bare', 'cached', 'shared'] as const)) {
          progress(`${read.name}: ${side}, round ${round + 1}`)
          const result = await load(`${served.url}/${side}/${read.path}`, CONNECTIONS, SECONDS)
          if (result.non2xx || result.errors || result.timeouts) throw new Error(`${side} ${read.path}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`)
          throughput[side].push(result.requests.average)
          const now = await cache.stats()
          if (now.bytes > peak.bytes) peak = { bytes: now.bytes, entries: now.entries }
        }
      }
      const b = Math.min(...throughput.bare) === 0 ? 1e-9 : throughput.bare.reduce((x, y) => x + y, 0) / ROUNDS
      const c = throughput.cached.reduce((x, y) => x + y, 0) / ROUNDS
      const sh = throughput.shared.reduce((x, y) => x + y, 0) / ROUNDS
      const sharedServed = sharedCache.counters.hits - sharedBefore.hits
      const looks = sharedCache.log.counters.checks - sharedBefore.checks
      const hits = cache.counters.hits - before.hits
      const misses = cache.counters.misses - before.misses
      rows.push({
        figure: `cache: anonymous ${read.name}, ${CONNECTIONS} clients, throughput through the cache vs Payload's REST handler (hit rate ${((100 * hits) / Math.max(1, hits + misses)).toFixed(3)} %)`,
        baseline: Number(b.toFixed(1)),
        measured: Number(c.toFixed(1)),
        ratio: Number((c / b).toFixed(1)),
        goal: '≥ 10×',
        pass: c / b >= 10,
        unit: 'req/s',
      })
      rows.push({
        figure: `cache, shared mode (one of several instances: the database's invalidation log checked before serving; ${looks} looks at it for ${sharedServed} hits): anonymous ${read.name} vs Payload's REST handler`,
        baseline: Number(b.toFixed(1)),
        measured: Number(sh.toFixed(1)),
        ratio: Number((sh / b).toFixed(1)),
        goal: '≥ 10×',
        pass: sh / b >= 10,
        unit: 'req/s',
      })
    }
    sharedCache.log.stop()
    const stats = await cache.stats()
    rows.push({
      figure: `cache: peak memory held (${peak.entries} answers; baseline = the bound, PUBLIC_CACHE_MAX_BYTES), overall hit rate ${(100 * stats.hitRate).toFixed(3)} %`,
      baseline: stats.maxBytes,
      measured: peak.bytes,
      ratio: Number((peak.bytes / stats.maxBytes).toFixed(4)),
      goal: '≤ bound',
      pass: peak.bytes <= stats.maxBytes,
      unit: 'bytes',
    })
    return rows
  } finally {
    server?.close()
    await app.close()
  }
}

runStandalone(import.meta.url, run)
