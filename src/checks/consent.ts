import type { CheckResult } from './types.js'

export type AssetUse = {
  title: string
  consent?: string | null
  minorsPresent?: boolean | null
  status?: string | null
  license?: { type?: string | null; expiresAt?: string | null } | null
}

/**
 * C.3 Consent (and licence) check: a content for an external audience cannot use an asset whose
 * consent is pending, a minor without guardian consent, a restricted or expired licence, or a
 * retired asset. Internal contents are not blocked. Pure.
 */
export const checkConsent = (audience: string | null | undefined, assets: AssetUse[], now: Date = new Date()): CheckResult => {
  if (assets.length === 0) return { check: 'consent', status: 'not-applicable', messages: [] }
  if (audience !== 'external') return { check: 'consent', status: 'pass', messages: [], details: { reason: 'internal audience' } }
  const messages: string[] = []
  for (const asset of assets) {
    if (!asset.consent || asset.consent === 'pending') {
      messages.push(
        `autorización: "${asset.title}" tiene la autorización de imagen pendiente / consent: "${asset.title}" has consent pending`,
      )
    } else if (asset.minorsPresent && asset.consent !== 'minors-guardian-consent') {
      messages.push(
        `autorización: en "${asset.title}" aparecen menores sin autorización de su representante / consent: "${asset.title}" shows minors without guardian consent`,
      )
    }
    if (asset.license?.type === 'restricted') {
      messages.push(`licencia: "${asset.title}" tiene licencia restringida / licence: "${asset.title}" is restricted`)
    } else if (asset.license?.expiresAt && new Date(asset.license.expiresAt) <= now) {
      messages.push(`licencia: el permiso de "${asset.title}" venció / licence: the permission for "${asset.title}" expired`)
    }
    if (asset.status === 'retired') {
      messages.push(`archivo: "${asset.title}" está retirado / archive: "${asset.title}" is retired`)
    }
  }
  return { check: 'consent', status: messages.length ? 'fail' : 'pass', messages }
}
