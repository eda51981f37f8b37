/**
 * The monitoring-based indicators on the plugin installed in a host app of its own. (The
 * captioned-video share needs real archive uploads: tests/int/archive/usage.int.spec.ts.)
 */
import type { Payload } from 'payload'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { buildConfig, createLocalReq, getPayload } from 'payload'

import { computeIndicator } from '../../../src/features/planning/indicators/measure.js'
import { parsePeriod } from '../../../src/features/planning/indicators/period.js'
import { pregonero } from '../../../src/index.js'
import { makeContent } from '../../helpers/fixtures.js'
import { makeFollowUp } from './fixtures.js'

let payload: Payload
let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-stubs-'))
  const config = buildConfig({
    secret: 'test-secret',
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'stubs.db')}` } }),
    editor: lexicalEditor(),
    collections: [],
    plugins: [pregonero()],
  })
  payload = await getPayload({ config })
  const c = []
  // press releases published in March: c1..c4; c5 in February
  for (let i = 1; i <= 5; i++) {
    const publishedAt = i <= 4 ? `2026-03-0${i + 1}T10:00:00.000Z` : '2026-02-10T10:00:00.000Z'
    c.push(await makeContent(payload, { title: `Comunicado ${i}`, kind: 'press-release', stage: 'published', publishedAt }))
  }
  for (let i = 0; i < 4; i++) {
    await makeFollowUp(payload, { kind: 'content-published', subjectCollection: 'contents', subjectId: String(c[i].id), contentKind: 'press-release', measuredAt: `2026-03-0${i + 1}T10:00:00.000Z` })
  }
  await makeFollowUp(payload, { kind: 'content-published', subjectCollection: 'contents', subjectId: String(c[4].id), contentKind: 'press-release', measuredAt: '2026-02-10T10:00:00.000Z' })
  // a news item published in March with a mention does not count as a press release
  const news = await makeContent(payload, { title: 'Noticia', kind: 'news', stage: 'published', publishedAt: '2026-03-05T10:00:00.000Z' })
  await makeFollowUp(payload, { kind: 'content-published', subjectCollection: 'contents', subjectId: String(news.id), contentKind: 'news', measuredAt: '2026-03-05T10:00:00.000Z' })
  const outlet = await payload.create({ collection: 'media-outlets', data: { name: 'Diario del Sur', type: 'press', scope: 'regional' } })
  let n = 0
  const mention = (date: string, sentiment: string, originContent?: unknown) =>
    payload.create({
      collection: 'media-mentions',
      data: { outlet: outlet.id, date, sentiment, headline: `Nota ${++n}`, url: `https://diariodelsur.test/${n}`, originContent } as never,
    })
  await mention('2026-03-02T12:00:00.000Z', 'positive', c[0].id)
  await mention('2026-03-03T12:00:00.000Z', 'positive', c[0].id)
  await mention('2026-03-04T12:00:00.000Z', 'negative', c[2].id)
  await mention('2026-03-11T12:00:00.000Z', 'positive', c[4].id)
  await mention('2026-03-12T12:00:00.000Z', 'neutral')
  await mention('2026-03-13T12:00:00.000Z', 'neutral', news.id)
  await mention('2026-04-01T12:00:00.000Z', 'negative')
})
afterAll(async () => {
  await payload.destroy()
  await fs.rm(dir, { recursive: true, force: true })
})

const compute = async (computation: string, period: string, mode: 'auto' | 'neutral') =>
  computeIndicator(await createLocalReq({}, payload), { computation }, parsePeriod(period), { mode, finishedRequestStatuses: [] })

describe.each(['auto', 'neutral'] as const)('indicators from optional sources (%s path)', (mode) => {
  it('press-release pickup: 2 of the 4 March press releases have a mention = 50 %', async () => {
    expect(await compute('press-release-pickup', '2026-03', mode)).toMatchObject({ available: true, numerator: 2, denominator: 4, value: 50 })
  })
  it('media sentiment index: (3 positive − 1 negative) / 6 March mentions = 33.33', async () => {
    expect(await compute('media-sentiment', '2026-03', mode)).toMatchObject({ numerator: 2, denominator: 6, value: 33.33, breakdown: { positive: 3, negative: 1, neutral: 2 } })
  })
})
