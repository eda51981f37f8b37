import type { CheckResult } from './types.js'

import { type CheckMessage, keyedResult } from './keyed.js'

export type ConsentRecord = {
  person?: string | null
  minor?: boolean | null
  guardian?: string | null
  channels?: string[] | null
  purposes?: string[] | null
  validFrom?: string | null
  validUntil?: string | null
  revokedAt?: string | null
}

/** Where and what for a content uses its assets: its channels and purposes. */
export type ContentUse = { channels: string[]; purposes: string[] }

export type AssetUse = {
  title: string
  consentRecords?: ConsentRecord[] | null
  consent?: string | null
  minorsPresent?: boolean | null
  status?: string | null
  license?: { type?: string | null; expiresAt?: string | null } | null
}

const day = (iso: string) => iso.slice(0, 10)

/**
 * Per channel and purpose (Ley 1581/2012 Art. 9): when an asset records its consents, every
 * identifiable person's consent must be in force now (from ≤ now ≤ until, not revoked) and cover
 * every channel and purpose of the content. Returns the failures, naming the consent by its number
 * on the asset and the channel — never the person: the results are read by everyone who reads the
 * content (editors, community managers, requesters), who may not read personal data.
 */
export const consentCoverage = (asset: AssetUse, use: ContentUse, now: Date = new Date()): CheckMessage[] => {
  const records = asset.consentRecords ?? []
  if (records.length === 0 || asset.consent === 'none-identifiable') return []
  const messages: CheckMessage[] = []
  for (const [index, record] of records.entries()) {
    const who = `#${index + 1}`
    if (record.revokedAt && new Date(record.revokedAt) <= now) {
      messages.push({ key: 'checkConsentRevoked', vars: { title: asset.title, who, date: day(record.revokedAt) } })
      continue
    }
    if (record.validFrom && new Date(record.validFrom) > now) {
      messages.push({ key: 'checkConsentNotYet', vars: { title: asset.title, who, date: day(record.validFrom) } })
      continue
    }
    if (record.validUntil && new Date(record.validUntil) < now) {
      messages.push({ key: 'checkConsentExpired', vars: { title: asset.title, who, date: day(record.validUntil) } })
      continue
    }
    const channels = use.channels.filter((channel) => !(record.channels ?? []).includes(channel))
    if (channels.length) {
      messages.push({ key: 'checkConsentChannel', vars: { title: asset.title, who, channels: channels.join(', ') } })
    }
    const purposes = use.purposes.filter((purpose) => !(record.purposes ?? []).includes(purpose))
    if (purposes.length) {
      messages.push({ key: 'checkConsentPurpose', vars: { title: asset.title, who, purposes: purposes.join(', ') } })
    }
  }
  return messages
}

/**
 * C.3 Consent (and licence) check: a content for an external audience cannot use an asset whose
 * consent is pending, a minor without guardian consent, a consent that does not cover the
 * content's channels and purposes (when the asset records its consents), a restricted or expired
 * licence, or a retired asset. Internal contents are not blocked. Pure.
 */
export const checkConsent = (
  audience: string | null | undefined,
  assets: AssetUse[],
  now: Date = new Date(),
  use: ContentUse = { channels: [], purposes: ['institutional'] },
): CheckResult => {
  if (assets.length === 0) return { check: 'consent', status: 'not-applicable', messages: [] }
  if (audience !== 'external') return { check: 'consent', status: 'pass', messages: [], details: { reason: 'internal audience' } }
  const messages: CheckMessage[] = []
  for (const asset of assets) {
    if (!asset.consent || asset.consent === 'pending') {
      messages.push({ key: 'checkConsentPending', vars: { title: asset.title } })
    } else if (asset.minorsPresent && asset.consent !== 'minors-guardian-consent') {
      messages.push({ key: 'checkConsentMinors', vars: { title: asset.title } })
    }
    messages.push(...consentCoverage(asset, use, now))
    if (asset.license?.type === 'restricted') {
      messages.push({ key: 'checkLicenceRestricted', vars: { title: asset.title } })
    } else if (asset.license?.expiresAt && new Date(asset.license.expiresAt) <= now) {
      messages.push({ key: 'checkLicenceExpired', vars: { title: asset.title } })
    }
    if (asset.status === 'retired') {
      messages.push({ key: 'checkAssetRetired', vars: { title: asset.title } })
    }
  }
  return keyedResult('consent', messages.length ? 'fail' : 'pass', messages)
}
