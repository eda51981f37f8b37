import type { PayloadRequest } from 'payload'

import type { ConsentRecord } from '../checks/consent.js'

import { raiseAlert } from '../../kernel/alerts/raiseAlert.js'
import { tr } from '../../kernel/i18n/index.js'
import { publishedContentsUsing } from './publishedUses.js'
import { SLUGS } from '../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../kernel/sql/readOnPrimary.js'

/** Alerts (to the head) about published contents using an asset whose consent ended. */
export const CONSENT_ENDED_ALERT = 'archive-consent-ended'

export type EndedAsset = { id: number | string; title?: string; consentRecords?: ConsentRecord[] | null }

const revokedBy = (asset: EndedAsset, now: Date) =>
  (asset.consentRecords ?? []).some((record) => record?.revokedAt && new Date(record.revokedAt).getTime() <= now.getTime())

/**
 * One critical alert per published content that uses any of these assets (idempotent: an open
 * alert for that content is not raised twice). The message names the asset and the content, never
 * the person (alerts are read by the whole office). Returns the contents alerted about.
 */
export const alertPublishedUses = async (req: PayloadRequest, assets: EndedAsset[], now: Date = new Date()) => {
  const byId = new Map(assets.map((asset) => [String(asset.id), asset]))
  // On the primary (read replicas): the hourly job resolves the alerts of the uses it does not see.
  const uses = await readOnPrimaryIfReplicas(req, (req) => publishedContentsUsing(req, [...byId.keys()]))
  for (const use of uses) {
    const asset = byId.get(use.assetIds[0]!)!
    const reason = { key: revokedBy(asset, now) ? 'archiveConsentRevoked' : 'archiveConsentExpired' } as const
    await raiseAlert(req, {
      kind: CONSENT_ENDED_ALERT,
      severity: 'critical',
      subject: { collection: SLUGS.contents, id: use.id, title: use.title },
      message: { key: 'archiveConsentEndedAlert', vars: { asset: asset.title ?? String(asset.id), content: use.title, reason } },
      details: { assets: use.assetIds },
    })
  }
  return uses
}
