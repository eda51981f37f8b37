import type { Access, Where } from 'payload'

import { publicUseWhere } from '../../features/archive/consentInForce.js'
// Ley 1712/2014: classified and reserved assets are never public, nor their files (issue 18).
import { PUBLIC_CLASSIFICATION } from '../../features/compliance/classification.js'
import { hasRole } from './hasRole.js'

/** Consent values that settle an asset's use (anything but `pending`). */
export const SETTLED_CONSENT = ['none-identifiable', 'consent-on-file', 'minors-guardian-consent'] as const

/**
 * What anonymous readers may see of the archive (A.9): public, active, consent settled (minors only
 * with guardian consent), every recorded person's consent in force for public web use at this very
 * moment (not revoked, not expired, covering the web and institutional use: `publicUseWhere`), and
 * a licence that allows publication (not restricted, not expired).
 */
export const publicArchiveWhere = (now: Date = new Date()): Where => ({
  and: [
    { accessLevel: { equals: 'public' } },
    PUBLIC_CLASSIFICATION,
    { status: { equals: 'active' } },
    { consent: { in: [...SETTLED_CONSENT] } },
    { or: [{ minorsPresent: { equals: false } }, { consent: { equals: 'minors-guardian-consent' } }] },
    publicUseWhere(now),
    { 'license.type': { not_equals: 'restricted' } },
    { or: [{ 'license.expiresAt': { exists: false } }, { 'license.expiresAt': { greater_than: now.toISOString() } }] },
  ],
})

/**
 * Read access of `archive-assets`, also applied per file by Payload's file route
 * (`/api/archive-assets/file/<name>` runs this with `isReadingStaticFile` and matches the returned
 * query against the file name and every rendition's file name).
 * - anonymous: `publicArchiveWhere`; through file URLs only renditions of images, never the original
 *   (the preservation master may carry GPS and full resolution), unless the asset has no renditions;
 * - head, admin, auditor: everything;
 * - other staff: `public` and `internal`, plus `restricted` assets they uploaded themselves.
 */
export const readArchiveAssets: Access = ({ req, isReadingStaticFile, data }) => {
  const user = req.user
  if (!user) {
    const base = publicArchiveWhere()
    const filename = (data as { filename?: unknown } | undefined)?.filename
    if (isReadingStaticFile && typeof filename === 'string') {
      return {
        and: [base, { or: [{ filename: { not_equals: filename } }, { publicOriginal: { equals: true } }] }],
      }
    }
    return base
  }
  if (hasRole(user, 'admin', 'head', 'auditor')) return true
  return {
    or: [{ accessLevel: { in: ['public', 'internal'] } }, { uploadedBy: { equals: user.id } }],
  }
}
