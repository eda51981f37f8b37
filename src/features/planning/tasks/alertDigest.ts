import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { sendAlertDigest } from '../digest.js'
import { withLease } from '../../../kernel/jobs/lease.js'

/** How long a runner may hold the digest before another may take over (it died). */
const DIGEST_LEASE_MS = 10 * 60 * 1000

/**
 * The head's digest e-mail of new alerts; alerts are stamped `notifiedAt` so none goes twice.
 * One runner at a time (a lease): a second runner at the same moment sends nothing.
 */
export const alertDigestTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroAlertDigest',
  label: 'Pregonero: resumen de alertas al jefe',
  retries: 5,
  schedule: [{ cron: options.planning.digestCron, queue: options.jobsQueue }],
  handler: async ({ req }) => {
    const run = await withLease(req, 'pregoneroAlertDigest', DIGEST_LEASE_MS, () => sendAlertDigest(req, options))
    return { output: run.ran ? run.value : { sent: 0, to: [], skipped: 'busy' } }
  },
})
