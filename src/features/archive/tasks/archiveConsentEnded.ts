import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'
import type { EndedAsset } from '../consentEndedAlerts.js'

import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { alertPublishedUses, CONSENT_ENDED_ALERT } from '../consentEndedAlerts.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

/**
 * Consents end by the calendar too (an expiry, a revocation dated ahead): the public read rule
 * hides the asset at that instant, and this job tells the head which published contents still use
 * an asset whose consent ended. Alerts of contents that no longer use such an asset (replaced,
 * unpublished) are resolved. Idempotent: two runs raise one alert per content.
 */
export const runConsentEnded = async (req: PayloadRequest, now: Date = new Date()) => {
  // On the primary (read replicas), like the uses (alertPublishedUses): an alert raised moments
  // ago at a publication would otherwise be resolved as "settled" by a lagging replica's view.
  const { docs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.find({
      collection: SLUGS.archiveAssets,
      where: { 'publicUse.until': { less_than_equal: now.toISOString() } },
      pagination: false,
      depth: 0,
      req,
      overrideAccess: true,
      select: { title: true, consentRecords: true },
    }),
  )
  const uses = await alertPublishedUses(req, docs as unknown as EndedAsset[], now)
  await resolveAlerts(req, {
    kind: CONSENT_ENDED_ALERT,
    note: { key: 'alertConsentEndedSettled' },
    stillFailing: uses.map((use) => ({ collection: SLUGS.contents, id: use.id })),
  })
  return { alerted: uses.length }
}

export const archiveConsentEndedTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'archiveConsentEnded',
    label: 'Pregonero: autorizaciones vencidas en contenidos publicados',
    retries: 1,
    schedule: [{ cron: '0 15 * * * *', queue: options.jobsQueue }],
    outputSchema: [{ name: 'alerted', type: 'number' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runConsentEnded(req) }),
  }) as unknown as TaskConfig
