import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { SLUGS } from '../../../kernel/slugs.js'

export const CONSENT_ALERT = 'archive-consent-pending'

type Asset = { id: number | string; title: string; consent?: string; minorsPresent?: boolean }

/** Active assets with consent pending, or minors without guardian consent: one alert each. */
export const runPendingConsent = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: SLUGS.archiveAssets,
    where: {
      and: [
        { status: { equals: 'active' } },
        {
          or: [
            { consent: { equals: 'pending' } },
            { and: [{ minorsPresent: { equals: true } }, { consent: { not_equals: 'minors-guardian-consent' } }] },
          ],
        },
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { title: true, consent: true, minorsPresent: true },
  })
  const failing: Array<{ collection: string; id: number | string }> = []
  for (const asset of docs as unknown as Asset[]) {
    failing.push({ collection: SLUGS.archiveAssets, id: asset.id })
    await raiseAlert(req, {
      kind: CONSENT_ALERT,
      severity: asset.minorsPresent ? 'critical' : 'warning',
      subject: { collection: SLUGS.archiveAssets, id: asset.id, title: asset.title },
      message: { key: asset.consent === 'pending' ? 'alertConsentPending' : 'alertMinorsWithoutConsent', vars: { title: asset.title } },
    })
  }
  await resolveAlerts(req, { kind: CONSENT_ALERT, note: { key: 'alertConsentSettled' }, stillFailing: failing })
  return { alerted: failing.length }
}

export const archivePendingConsentTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'archivePendingConsent',
    label: 'Pregonero: autorizaciones pendientes del archivo',
    retries: 1,
    schedule: [{ cron: '0 15 6 * * *', queue: options.jobsQueue }],
    outputSchema: [{ name: 'alerted', type: 'number' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runPendingConsent(req) }),
  }) as unknown as TaskConfig
