import { bootPayload, type Booted, testDatabase } from '../../helpers/bootPayload.js'
import { sqlDialect } from '../../../src/kernel/sql/fastPath.js'
import { resolveOptions } from '../../../src/defaults.js'
import {
  advertisingValueEquivalent,
  mentionsBySentimentAndOutletType,
  pressReleasePickupRate,
  sentimentIndex,
  shareOfVoiceByTopic,
  socialFiguresByAccount,
} from '../../../src/features/monitoring/figures.js'
import { importMentions, importSocialMetrics } from '../../../src/features/monitoring/import.js'
import { monthPeriod } from '../../../src/features/monitoring/report.js'
import { makeUser } from '../../helpers/fixtures.js'
import { type Base, fixture, reqAs, seedBase } from './helpers.js'

let app: Booted
let base: Base
let facebook: number | string
let x: number | string
const options = resolveOptions()
const october = monthPeriod('2026-10', 'America/Bogota')!

beforeAll(async () => {
  app = await bootPayload()
  base = await seedBase(app.payload)
  const req = await reqAs(app.payload, base.admin)
  await importMentions(req, options, { csv: await fixture('mentions-good.csv') })
  facebook = ((await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'facebook', handle: 'alcaldiadepasto' } as never })) as unknown as { id: number | string }).id
  x = ((await app.payload.create({ collection: 'social-accounts' as never, data: { network: 'x', handle: 'AlcaldiaPasto' } as never })) as unknown as { id: number | string }).id
  await importSocialMetrics(await reqAs(app.payload, base.admin), options, { csv: await fixture('social-meta.csv'), account: facebook })
  await importSocialMetrics(await reqAs(app.payload, base.admin), options, { csv: await fixture('social-generic.csv') })
  // outside the period or not a published release: must not move the figures
  const editor = await makeUser(app.payload, ['editor'])
  const mention = (data: Record<string, unknown>) =>
    app.payload.create({ collection: 'media-mentions' as never, data: { outlet: base.outlets.radio, sentiment: 'negative', ...data } as never, user: editor as never, overrideAccess: false })
  await mention({ date: '2026-09-30', headline: 'Septiembre', originContent: base.contents['cp-septiembre'] })
  await mention({ date: '2026-11-01', headline: 'Noviembre', originContent: base.contents['cp-sin-eco'] })
  await mention({ date: '2026-10-09', headline: 'Eco del borrador', originContent: base.contents['cp-borrador'], topic: 'Salud', sentiment: 'neutral' })
  await app.payload.create({ collection: 'social-metrics' as never, data: { account: x, periodStart: '2026-11-02', followers: 99999, reach: 1, engagements: 1 } as never })
})
afterAll(() => app.close())

const both = async <T>(fn: (source: typeof app.payload, period: typeof october, o: { sqlFastPath: boolean }) => Promise<T>): Promise<T> => {
  const fast = await fn(app.payload, october, { sqlFastPath: true })
  const neutral = await fn(app.payload, october, { sqlFastPath: false })
  expect(neutral).toEqual(fast)
  return fast
}

it('the SQL fast path applies on the adapter under test (SQLite in int, PostgreSQL in int-pg), so `both` compares two real paths', () => {
  expect(sqlDialect(app.payload)).toBe(testDatabase())
})

it('counts mentions by sentiment and outlet type (both paths, hand-checked)', async () => {
  const figures = await both(mentionsBySentimentAndOutletType)
  expect(figures.total).toBe(6)
  expect(figures.bySentiment).toEqual({ positive: 3, neutral: 2, negative: 1 })
  expect(figures.byOutletType).toEqual({ press: 2, radio: 2, tv: 1, digital: 1 })
  expect(figures.matrix.press).toEqual({ positive: 2, neutral: 0, negative: 0 })
  expect(figures.matrix.digital).toEqual({ positive: 0, neutral: 0, negative: 1 })
  const index = await both(sentimentIndex)
  expect(index).toEqual({ positive: 3, neutral: 2, negative: 1, total: 6, index: 0.3333 })
})

it('computes the share of voice by topic', async () => {
  expect(await both(shareOfVoiceByTopic)).toEqual([
    { topic: 'Salud', mentions: 3, share: 0.5 },
    { topic: 'Movilidad', mentions: 2, share: 0.3333 },
    { topic: 'Cultura', mentions: 1, share: 0.1667 },
  ])
})

it('computes the press-release pickup rate: published releases of the period with ≥ 1 mention / published releases', async () => {
  // October releases: puente (mentioned), jornada (mentioned), sin-eco (mentioned only in November: still picked up)
  const withLateMention = await both(pressReleasePickupRate)
  expect(withLateMention).toEqual({ releases: 3, pickedUp: 3, rate: 1 })
  await app.payload.delete({ collection: 'media-mentions' as never, where: { headline: { equals: 'Noviembre' } } })
  expect(await both(pressReleasePickupRate)).toEqual({ releases: 3, pickedUp: 2, rate: 0.6667 })
  // a month with no release: no rate rather than a division by zero
  expect(await pressReleasePickupRate(app.payload, monthPeriod('2026-08', 'America/Bogota')!)).toEqual({ releases: 0, pickedUp: 0, rate: null })
})

it('computes social reach and engagement rate per account over the period', async () => {
  const accounts = await both(socialFiguresByAccount)
  expect(accounts).toEqual([
    { account: facebook, network: 'facebook', handle: 'alcaldiadepasto', records: 3, followers: 45300, impressions: 44000, reach: 25000, engagements: 800, posts: 4, engagementRate: 3.2 },
    { account: x, network: 'x', handle: 'AlcaldiaPasto', records: 2, followers: 30500, impressions: 90000, reach: 30000, engagements: 2500, posts: 18, engagementRate: 8.33 },
  ])
})

it('sums the free-press value only as a labelled estimate', async () => {
  expect(await both(advertisingValueEquivalent)).toEqual({ estimate: 1750000.5, mentionsWithValue: 2 })
})

it('derives the engagement rate on every saved record and refuses a second record for the same account and period', async () => {
  const community = await makeUser(app.payload, ['community'])
  const doc = await app.payload.create({
    collection: 'social-metrics' as never,
    data: { account: facebook, periodStart: '2026-09-01', periodEnd: '2026-09-30', reach: 3000, engagements: 45, engagementRate: 99, source: 'import' } as never,
    user: community as never,
    overrideAccess: false,
  }) as unknown as Record<string, unknown>
  expect(doc).toMatchObject({ engagementRate: 1.5, source: 'manual', periodStart: '2026-09-01T12:00:00.000Z', periodEnd: '2026-09-30T12:00:00.000Z' })
  const updated = await app.payload.update({ collection: 'social-metrics' as never, id: doc.id as number, data: { reach: 0 } as never, user: community as never, overrideAccess: false }) as unknown as Record<string, unknown>
  expect(updated.engagementRate).toBeNull()
  await expect(
    app.payload.create({ collection: 'social-metrics' as never, data: { account: facebook, periodStart: '2026-09-01', periodEnd: '2026-09-30', reach: 1 } as never, user: community as never, overrideAccess: false }),
  ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'periodStart' })] } })
})
