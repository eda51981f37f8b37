/**
 * Correctness of the answer cache under a random, SEEDED interleaving (issue 17, item 4), through
 * the app's real REST and GraphQL route handlers on a real SQLite: anonymous reads mixed with
 * publications, unpublications, edits, hero-image swaps, retirements, consent revocations and
 * restorations, consents ending by the clock a moment later, and reads racing each write.
 *
 * After every write returned, each read through the cache must equal, byte for byte, what Payload
 * answers WITHOUT the cache right then: the anonymous access rule at that moment. So no answer
 * shows what the rule now refuses (an unpublished content, a retired asset, a revoked or expired
 * consent), and no published change stays invisible. `CACHE_SEED=<n>` replays a run; the seed is
 * in every failure message.
 */
import type { SanitizedConfig } from 'payload'

import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import type { Booted } from '../../helpers/bootPayload.js'

import { bootPayload } from '../../helpers/bootPayload.js'
import { makeContent, SYSTEM } from '../../helpers/fixtures.js'
import { assetData, fileOf, makeJpeg } from '../archive/fixtures.js'
import { withPublicCache } from '../../../src/features/publicApi/cache/withPublicCache.js'
import { cacheSettingsOf } from '../../../src/features/publicApi/cache/withPublicCache.js'
import { publicCacheFor } from '../../../src/features/publicApi/cache/publicCache.js'
import { seededRandom } from '../../helpers/seededRandom.js'

type Handler = (request: Request, args: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const SEED = Number(process.env.CACHE_SEED ?? 17)
const STEPS = Number(process.env.CACHE_STEPS ?? 160)

const random = seededRandom(SEED)
const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!

let app: Booted
let config: SanitizedConfig
let spool: string
let cachedRest: Handler
let bareRest: Handler
let cachedGraphql: (request: Request) => Promise<Response>
let bareGraphql: (request: Request) => Promise<Response>

const contents: Array<{ id: number; slug: string }> = []
const assets: number[] = []
const iso = (ms: number) => new Date(ms).toISOString()
const consent = (extra: Record<string, unknown> = {}) => ({ person: 'Persona', channels: ['web'], purposes: ['institutional'], validFrom: iso(Date.now() - 86_400_000), ...extra })

const restRequest = (address: string) => new Request(`http://localhost:3000/api/${address}`)
const restArgs = (address: string) => ({ params: Promise.resolve({ slug: address.split('?')[0]!.split('/').filter(Boolean) }) })
const graphqlRequest = (query: string) =>
  new Request('http://localhost:3000/api/graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) })
const QUERIES = ['{ Contents(limit: 50, sort: "-publishedAt") { docs { id title slug heroImage { id title } } } }', '{ ArchiveAssets(limit: 50) { docs { id title } totalDocs } }']

const addresses = () => [
  'contents?limit=50&sort=-publishedAt&depth=1',
  'contents?limit=5&depth=0',
  'archive-assets?limit=50&depth=0',
  'pregonero/contents?limit=20',
  'pregonero/feeds/news.rss',
  'pregonero/sitemap.xml',
  ...contents.flatMap((c) => [`contents/${c.id}?depth=1`, `pregonero/contents/by-slug/${c.slug}?depth=1`, `pregonero/contents/by-slug/${c.slug}?depth=2`]),
  ...assets.map((id) => `archive-assets/${id}`),
]

const body = async (response: Response) => `${response.status} ${await response.text()}`

/**
 * One read through the cache, between two reads of the same address without it: the cached answer
 * must be one of them (a consent may end by the clock between the two, so either moment's answer
 * is right; an answer older than both is not).
 */
const check = async (step: string) => {
  const graphql = random() < 0.25
  const query = graphql ? pick(QUERIES) : pick(addresses())
  const readWith = async (cached: boolean) =>
    graphql
      ? body(await (cached ? cachedGraphql : bareGraphql)(graphqlRequest(query)))
      : body(await (cached ? cachedRest : bareRest)(restRequest(query), restArgs(query)))
  const before = await readWith(false)
  const viaCache = await readWith(true)
  const after = viaCache === before ? before : await readWith(false)
  expect({ seed: SEED, step, query, answer: viaCache, equalsPayloadAtThatMoment: viaCache === before || viaCache === after }).toEqual({
    seed: SEED,
    step,
    query,
    answer: after,
    equalsPayloadAtThatMoment: true,
  })
}

const update = (collection: string, id: number, data: Record<string, unknown>) =>
  app.payload.update({ collection: collection as never, id, data: data as never, overrideAccess: true, depth: 0, ...SYSTEM })

/** The writes the public can see the effect of. */
const WRITES: Array<[string, () => Promise<unknown>]> = [
  ['publish', () => update('contents', pick(contents).id, { _status: 'published', stage: 'published', publishedAt: iso(Date.now() - Math.floor(random() * 1e9)) })],
  ['unpublish', () => update('contents', pick(contents).id, { _status: 'draft', stage: 'unpublished' })],
  ['edit', () => update('contents', pick(contents).id, { title: `Título ${Math.floor(random() * 1e6)}`, summary: `Resumen ${Math.floor(random() * 1e6)}` })],
  ['internal', () => update('contents', pick(contents).id, { audience: pick(['external', 'internal']) })],
  ['swap hero image', () => update('contents', pick(contents).id, { heroImage: pick([...assets, null]) })],
  ['retire asset', () => update('archive-assets', pick(assets), { status: 'retired', retiredReason: 'Retiro aleatorio de prueba' })],
  ['reactivate asset', () => update('archive-assets', pick(assets), { status: 'active' })],
  ['revoke consent', () => update('archive-assets', pick(assets), { consentRecords: [consent({ revokedAt: iso(Date.now() - 1000) })] })],
  ['restore consent', () => update('archive-assets', pick(assets), { consentRecords: [consent()] })],
  ['consent ends soon', () => update('archive-assets', pick(assets), { consentRecords: [consent({ validUntil: iso(Date.now() + 200 + Math.floor(random() * 800)) })] })],
  ['asset edit', () => update('archive-assets', pick(assets), { title: `Foto ${Math.floor(random() * 1e6)}` })],
]

beforeAll(async () => {
  spool = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-cache-random-'))
  app = await bootPayload({ PREGONERO_UPLOAD_TMP_DIR: spool, RATE_LIMIT_ENABLED: 'false', PREGONERO_DISABLE_JOBS: 'true' })
  config = app.payload.config
  cachedRest = withPublicCache(config, REST_GET(config) as unknown as Handler)
  bareRest = REST_GET(config) as unknown as Handler
  cachedGraphql = withPublicCache(config, GRAPHQL_POST(config), { graphql: true })
  bareGraphql = GRAPHQL_POST(config)
  for (let i = 0; i < 4; i++) {
    const asset = await app.payload.create({
      collection: 'archive-assets',
      data: assetData({ title: `Foto ${i}`, accessLevel: 'public', consent: 'consent-on-file', consentRecords: [consent()] }) as never,
      file: fileOf(await makeJpeg(160, 120, { seed: i + 1 }), `foto-${i}.jpg`, 'image/jpeg'),
      overrideAccess: true,
    })
    assets.push(asset.id as number)
  }
  for (let i = 0; i < 6; i++) {
    const published = i % 2 === 0
    const content = await makeContent(app.payload, {
      title: `Noticia ${i}`,
      slug: `noticia-${i}`,
      channels: ['web'],
      heroImage: assets[i % assets.length],
      ...(published ? { _status: 'published', stage: 'published', publishedAt: iso(Date.UTC(2026, 0, 1 + i)) } : {}),
    })
    contents.push({ id: content.id as number, slug: `noticia-${i}` })
  }
}, 120_000)
afterAll(async () => {
  await app?.close()
  await fs.rm(spool, { recursive: true, force: true })
})

it(`a seeded random interleaving of reads and writes (seed ${SEED}, ${STEPS} steps): every answer after a write agrees with Payload's at that moment`, async () => {
  let writes = 0
  for (let step = 0; step < STEPS; step++) {
    const roll = random()
    if (roll < 0.6) {
      await check(`${step}: read`)
    } else if (roll < 0.95) {
      const [name, write] = pick(WRITES)
      // reads racing the write (their answers are not checked: they are concurrent with it)…
      const racing = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const address = pick(addresses())
        return cachedRest(restRequest(address), restArgs(address)).then((response) => response.text())
      })
      await write()
      writes++
      await Promise.all(racing)
      // …but nothing they stored may outlive it
      for (let i = 0; i < 3; i++) await check(`${step}: after ${name}`)
    } else {
      // the clock moves: consents set to end "soon" end
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(random() * 700)))
      await check(`${step}: after waiting`)
    }
  }
  const stats = await publicCacheFor(cacheSettingsOf(config)!).stats()
  // The run exercised the cache: answers were served from it and dropped by writes.
  expect(writes).toBeGreaterThan(20)
  expect(stats.hits).toBeGreaterThan(10)
  expect(stats.dropped).toBeGreaterThan(10)
}, 600_000)
