import type { PayloadRequest } from 'payload'

import type { AccountFigures, TopicShare } from './figures.js'

import { zonedDate } from '../../kernel/time/zonedTime.js'
import { mentionsBySentimentAndOutletType, netSentiment, pressReleasePickupRate, shareOfVoiceByTopic, socialFiguresByAccount } from './figures.js'
import { monthPeriod } from './report.js'

export type MonthFigures = {
  month: string
  positive: number
  neutral: number
  negative: number
  total: number
  netSentiment: null | number
  releases: number
  pickedUp: number
  pickupRate: null | number
}

export type MonitoringOverview = {
  month: string
  months: MonthFigures[]
  topics: TopicShare[]
  accounts: AccountFigures[]
  totals: { mentions: number; netSentiment: null | number; releases: number; pickedUp: number; pickupRate: null | number; reach: number; engagements: number }
}

const monthKey = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`

/** The `count` calendar months ending with `now`'s month in `timeZone`, oldest first ('YYYY-MM'). */
export const lastMonths = (now: Date, timeZone: string, count = 12): string[] => {
  const { year, month } = zonedDate(now, timeZone)
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1))
    return monthKey(d.getUTCFullYear(), d.getUTCMonth() + 1)
  })
}

/**
 * The monitoring page's figures: per month of the last twelve, mentions by sentiment and the
 * press-release pickup; share of voice by topic over the twelve months; reach and engagement per
 * account in the current month, and the current month's totals. System reads: the caller checks
 * the role (MONITORING_READERS) first.
 */
export const monitoringOverview = async (req: PayloadRequest, timeZone: string, now: Date = new Date()): Promise<MonitoringOverview> => {
  const keys = lastMonths(now, timeZone)
  const months: MonthFigures[] = []
  for (const key of keys) {
    const period = monthPeriod(key, timeZone)!
    const breakdown = await mentionsBySentimentAndOutletType(req, period)
    const pickup = await pressReleasePickupRate(req, period)
    months.push({
      month: key,
      ...breakdown.bySentiment,
      total: breakdown.total,
      netSentiment: netSentiment(breakdown),
      releases: pickup.releases,
      pickedUp: pickup.pickedUp,
      pickupRate: pickup.rate,
    })
  }
  const first = monthPeriod(keys[0]!, timeZone)!
  const current = monthPeriod(keys[keys.length - 1]!, timeZone)!
  const topics = await shareOfVoiceByTopic(req, { from: first.from, to: current.to })
  const accounts = await socialFiguresByAccount(req, current)
  const latest = months[months.length - 1]!
  return {
    month: latest.month,
    months,
    topics,
    accounts,
    totals: {
      mentions: latest.total,
      netSentiment: latest.netSentiment,
      releases: latest.releases,
      pickedUp: latest.pickedUp,
      pickupRate: latest.pickupRate,
      reach: accounts.reduce((sum, a) => sum + a.reach, 0),
      engagements: accounts.reduce((sum, a) => sum + a.engagements, 0),
    },
  }
}
