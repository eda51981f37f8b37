import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { sendAlertDigest } from '../digest.js'

/** The head's digest e-mail of new alerts; alerts are stamped `notifiedAt` so none goes twice. */
export const alertDigestTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'pregoneroAlertDigest',
  label: 'Resumen de alertas al jefe / Alert digest',
  retries: 5,
  schedule: [{ cron: options.planning.digestCron, queue: options.jobsQueue }],
  handler: async ({ req }) => ({ output: await sendAlertDigest(req, options) }),
})
