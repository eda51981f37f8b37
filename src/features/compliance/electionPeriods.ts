import type { PayloadRequest } from 'payload'

import { foldText } from '../../kernel/accents.js'
import { SLUGS } from '../../kernel/slugs.js'

export const ELECTION_PERIODS = SLUGS.electionPeriods

export type ElectionPeriod = {
  id: number | string
  name: string
  electionDay?: null | string
  start: string
  end: string
  candidates?: Array<{ name?: null | string }> | null
}

/** Ley 996/2005 art. 38 parágrafo: the restrictions run in the four months before the election. */
export const fourMonthsBefore = (day: Date | string): string => {
  const date = new Date(day)
  // The same day of the month four months earlier, or that month's last day (31 Oct → 30 Jun, not 1 Jul).
  const target = new Date(date)
  target.setUTCDate(1)
  target.setUTCMonth(target.getUTCMonth() - 4)
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay))
  return target.toISOString()
}

/** The election periods in force at `at` (start ≤ at ≤ end), system access, same transaction. */
export const periodsAt = async (req: PayloadRequest, at: Date | string = new Date()): Promise<ElectionPeriod[]> => {
  const iso = new Date(at).toISOString()
  const { docs } = await req.payload.find({
    collection: ELECTION_PERIODS,
    where: { and: [{ start: { less_than_equal: iso } }, { end: { greater_than_equal: iso } }] },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return docs as unknown as ElectionPeriod[]
}

const words = (text: string): string => ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `

/** The candidates' names of `periods` (trimmed, without duplicates by folded form). */
export const candidateNames = (periods: ElectionPeriod[]): string[] => {
  const seen = new Map<string, string>()
  for (const period of periods) {
    for (const row of period.candidates ?? []) {
      const name = row?.name?.trim()
      if (name && !seen.has(words(name))) seen.set(words(name), name)
    }
  }
  return [...seen.values()]
}

/** The names that occur in `text` as whole words, ignoring case, accents and punctuation. Pure. */
export const namesIn = (text: string, names: string[]): string[] => {
  const haystack = words(text)
  return names.filter((name) => {
    const needle = words(name)
    return needle.trim() !== '' && haystack.includes(needle)
  })
}
