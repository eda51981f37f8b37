import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { officeDay } from '../../../kernel/time/officeDates.js'

export const LICENCE_ALERT = 'archive-licence-expiry'

type Asset = { id: number | string; title: string; license?: { expiresAt?: string | null; licensor?: string | null } | null }

/** Active assets whose licence expired or expires within `licenceWarningDays`: one alert each. */
export const runLicenceExpiry = async (req: PayloadRequest, options: ResolvedOptions, now = new Date()) => {
  const horizon = new Date(now.getTime() + options.archive.licenceWarningDays * 86_400_000)
  const { docs } = await req.payload.find({
    collection: SLUGS.archiveAssets,
    where: { and: [{ status: { equals: 'active' } }, { 'license.expiresAt': { less_than_equal: horizon.toISOString() } }] },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { title: true, license: true },
  })
  const failing: Array<{ collection: string; id: number | string }> = []
  for (const asset of docs as unknown as Asset[]) {
    const expiresAt = new Date(asset.license!.expiresAt!)
    const expired = expiresAt <= now
    failing.push({ collection: SLUGS.archiveAssets, id: asset.id })
    await raiseAlert(req, {
      kind: LICENCE_ALERT,
      severity: expired ? 'critical' : 'warning',
      subject: { collection: SLUGS.archiveAssets, id: asset.id, title: asset.title },
      message: { key: expired ? 'alertLicenceExpired' : 'alertLicenceExpiring', vars: { title: asset.title, date: officeDay(expiresAt) } },
      details: { expiresAt: asset.license!.expiresAt, licensor: asset.license?.licensor },
    })
  }
  await resolveAlerts(req, { kind: LICENCE_ALERT, note: { key: 'alertLicenceSettled' }, stillFailing: failing })
  return { alerted: failing.length }
}

export const archiveLicenceExpiryTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'archiveLicenceExpiry',
    label: 'Pregonero: licencias por vencer del archivo',
    retries: 1,
    schedule: [{ cron: '0 0 6 * * *', queue: options.jobsQueue }],
    outputSchema: [{ name: 'alerted', type: 'number' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runLicenceExpiry(req, options) }),
  }) as unknown as TaskConfig
