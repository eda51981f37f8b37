import type { Payload } from 'payload'

import { dayOf, monthAt, random } from './calendar.js'

type Id = number | string
type Ctx = { payload: Payload; context: Record<string, unknown>; departmentIds: Map<string, Id>; editor?: Id }

const OUTLETS = [
  { name: 'Diario del Sur', type: 'press', scope: 'regional', estimatedReach: 45_000, domain: 'diariodelsur.com.co' },
  { name: 'HSB Noticias', type: 'digital', scope: 'regional', estimatedReach: 120_000, domain: 'hsbnoticias.com' },
  { name: 'Radio Nariño', type: 'radio', scope: 'local', estimatedReach: 30_000 },
  { name: 'Telepasto', type: 'tv', scope: 'local', estimatedReach: 60_000 },
  { name: 'El Tiempo', type: 'press', scope: 'national', estimatedReach: 900_000, domain: 'eltiempo.com' },
]

/** The same handle on two networks is two accounts (network:handle keys). */
const ACCOUNTS = [
  { network: 'facebook', handle: '@alcaldiadepasto', url: 'https://www.facebook.com/alcaldiadepasto', followers: 182_000 },
  { network: 'instagram', handle: '@alcaldiadepasto', url: 'https://www.instagram.com/alcaldiadepasto', followers: 96_000 },
  { network: 'x', handle: '@AlcaldiaDePasto', url: 'https://x.com/AlcaldiaDePasto', followers: 74_000 },
]

const TOPICS = ['Movilidad', 'Salud', 'Carnaval', 'Obras', 'Seguridad', 'Educación']
const SENTIMENT_WEIGHTS: Array<[string, number]> = [
  ['positive', 0.45],
  ['neutral', 0.35],
  ['negative', 0.2],
]
const PROMINENCES = ['headline', 'main', 'secondary', 'brief']

const pick = <T>(rnd: () => number, items: T[]): T => items[Math.floor(rnd() * items.length)]!
const weighted = (rnd: () => number, weights: Array<[string, number]>): string => {
  let r = rnd()
  for (const [value, w] of weights) {
    if (r < w) return value
    r -= w
  }
  return weights[weights.length - 1]![0]
}

/** Outlets and social accounts, by name and by network+handle (created when missing). */
export const seedOutletsAndAccounts = async ({ payload, context, departmentIds }: Ctx) => {
  const outletIds: Id[] = []
  for (const outlet of OUTLETS) {
    const found = await payload.find({ collection: 'media-outlets', where: { name: { equals: outlet.name } }, limit: 1, depth: 0, context })
    outletIds.push(found.docs[0]?.id ?? (await payload.create({ collection: 'media-outlets', data: outlet as never, context })).id)
  }
  const accounts: Array<{ id: Id; followers: number }> = []
  for (const { followers, ...account } of ACCOUNTS) {
    const key = `${account.network}:${account.handle.replace(/^@/, '').toLowerCase()}`
    const found = await payload.find({ collection: 'social-accounts', where: { accountKey: { equals: key } }, limit: 1, depth: 0, context })
    const id =
      found.docs[0]?.id ??
      (await payload.create({ collection: 'social-accounts', data: { ...account, department: departmentIds.get('COM') } as never, context })).id
    accounts.push({ id, followers })
  }
  return { outletIds, accounts }
}

/**
 * Twelve months (and this month so far) of press releases, media mentions (some picked up from
 * the releases) and monthly social metrics per account. Only on a database without mentions.
 */
export const seedMonitoringHistory = async (ctx: Ctx): Promise<number> => {
  const { payload, context } = ctx
  if ((await payload.count({ collection: 'media-mentions' })).totalDocs > 0) return 0
  const { outletIds, accounts } = await seedOutletsAndAccounts(ctx)
  const rnd = random(2026)
  const now = new Date()
  let created = 0
  for (let offset = -12; offset <= 0; offset++) {
    const month = monthAt(offset, now)
    const lastDay = offset === 0 ? Math.max(1, Math.min(28, Number(new Date(now.getTime() - 5 * 3_600_000).getUTCDate()))) : 28
    // Two press releases a month, published (the pickup rate's denominator).
    const releases: Id[] = []
    for (let n = 1; n <= 2; n++) {
      const day = Math.min(lastDay, 3 + n * 9)
      const topic = TOPICS[(offset + 12 + n) % TOPICS.length]!
      const release = await payload.create({
        collection: 'contents',
        data: {
          title: `Comunicado ${month.label}-${n}: ${topic.toLowerCase()} en Pasto`,
          slug: `comunicado-${month.label}-${n}`,
          kind: 'press-release',
          audience: 'external',
          summary: `La Alcaldía de Pasto informa sobre ${topic.toLowerCase()}.`,
          channels: ['web', 'press'],
          stage: 'published',
          publishedAt: dayOf(month, day, 9, now).toISOString(),
          createdBy: ctx.editor,
          tags: ['demo'],
        } as never,
        context,
      })
      releases.push(release.id)
      created++
    }
    // 6–10 mentions a month; the first of each release's mentions points back to it.
    const mentions = offset === 0 ? Math.max(3, Math.round((lastDay / 28) * 8)) : 6 + Math.floor(rnd() * 5)
    for (let i = 0; i < mentions; i++) {
      const topic = pick(rnd, TOPICS)
      const sentiment = weighted(rnd, SENTIMENT_WEIGHTS)
      const day = 1 + Math.floor(rnd() * lastDay)
      const origin = i < releases.length && rnd() < 0.8 ? releases[i] : undefined
      await payload.create({
        collection: 'media-mentions',
        data: {
          outlet: pick(rnd, outletIds),
          date: dayOf(month, day, 12, now).toISOString(),
          headline: `${topic}: ${sentiment === 'negative' ? 'críticas a' : sentiment === 'positive' ? 'avances de' : 'anuncio de'} la Alcaldía (${month.label}, ${i + 1})`,
          topic,
          sentiment,
          prominence: pick(rnd, PROMINENCES),
          originContent: origin,
        } as never,
        context,
      })
      created++
    }
    // One monthly record per account: followers grow, reach and engagement vary.
    for (const [index, account] of accounts.entries()) {
      const growth = 1 + (offset + 12) * 0.012
      const reach = Math.round((account.followers * (0.9 + rnd() * 0.8)) / (offset === 0 ? 2 : 1))
      await payload.create({
        collection: 'social-metrics',
        data: {
          account: account.id,
          periodStart: dayOf(month, 1, 0, now).toISOString(),
          periodEnd: (offset === 0 ? dayOf(month, lastDay, 0, now) : new Date(month.end.getTime() - 86_400_000)).toISOString(),
          followers: Math.round(account.followers * growth),
          impressions: Math.round(reach * (1.6 + rnd())),
          reach,
          engagements: Math.round(reach * (0.02 + rnd() * 0.05 + index * 0.005)),
          posts: 20 + Math.floor(rnd() * 25),
        } as never,
        context,
      })
      created++
    }
  }
  return created
}
