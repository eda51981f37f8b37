import type { CollectionAfterChangeHook } from 'payload'

import { consentEnded } from '../../../consentInForce.js'
import { alertPublishedUses } from '../../../consentEndedAlerts.js'

/**
 * afterChange of `archive-assets`: when this save ends a consent now (a revocation, or an end of
 * validity moved into the past), the published contents that use the asset raise an alert to the
 * head at once, in the same transaction. The public read rule already hides the asset and its
 * files; ends that come later by the calendar are noticed by the `archiveConsentEnded` job.
 */
export const alertConsentEnded: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  if (operation !== 'update') return doc
  const now = new Date()
  if (!consentEnded(doc.publicUse, now) || consentEnded(previousDoc?.publicUse, now)) return doc
  await alertPublishedUses(req, [doc], now)
  return doc
}
