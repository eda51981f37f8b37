import type { Where } from 'payload'

import type { ConsentRecord } from '../checks/consent.js'

/** The use the public archive stands for: the city's website, institutional communication. */
export const PUBLIC_WEB_USE = { channels: ['web'], purposes: ['institutional'] } as const

/**
 * What an asset's consent records allow for public web use, derived on every save (Payload's
 * `where` on array rows matches when ANY row matches, so "every person's consent" is stored as
 * one value per asset):
 * - `covered`: every record covers the web channel and institutional purpose (true without records);
 * - `from`: the latest start of validity (null: no record with a start);
 * - `until`: the earliest end — expiry or revocation — of any record (null: none ends).
 * The public read rule compares `from`/`until` with the time of each query, so visibility ends
 * the instant a consent ends, without a job.
 */
export type PublicUse = { covered: boolean; from: null | string; until: null | string }

const time = (value: unknown): null | number => {
  if (value === null || value === undefined || value === '') return null
  const ms = new Date(value as string).getTime()
  return Number.isNaN(ms) ? null : ms
}

export const derivePublicUse = (records: ConsentRecord[] | null | undefined): PublicUse => {
  let covered = true
  let from: null | number = null
  let until: null | number = null
  for (const record of records ?? []) {
    if (!record) continue
    const channels = record.channels ?? []
    const purposes = record.purposes ?? []
    if (!PUBLIC_WEB_USE.channels.every((c) => channels.includes(c)) || !PUBLIC_WEB_USE.purposes.every((p) => purposes.includes(p))) covered = false
    const start = time(record.validFrom)
    if (start !== null && (from === null || start > from)) from = start
    for (const end of [time(record.validUntil), time(record.revokedAt)]) {
      if (end !== null && (until === null || end < until)) until = end
    }
  }
  const iso = (ms: null | number) => (ms === null ? null : new Date(ms).toISOString())
  return { covered, from: iso(from), until: iso(until) }
}

/** The same rule as `publicUseWhere`, on one asset's derived values. */
export const publicUseInForce = (use: Partial<PublicUse> | null | undefined, now: Date = new Date()): boolean => {
  if (!use || use.covered !== true) return false
  const from = time(use.from)
  const until = time(use.until)
  return (from === null || from <= now.getTime()) && (until === null || until > now.getTime())
}

/** Whether some consent of the asset has ended (expired or revoked) by `now`. */
export const consentEnded = (use: Partial<PublicUse> | null | undefined, now: Date = new Date()): boolean => {
  const until = time(use?.until)
  return until !== null && until <= now.getTime()
}

/** Part of the public read rule: every person's consent in force for public web use at `now`. */
export const publicUseWhere = (now: Date): Where => ({
  and: [
    { 'publicUse.covered': { equals: true } },
    { or: [{ 'publicUse.from': { exists: false } }, { 'publicUse.from': { less_than_equal: now.toISOString() } }] },
    { or: [{ 'publicUse.until': { exists: false } }, { 'publicUse.until': { greater_than: now.toISOString() } }] },
  ],
})
