import type { TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { isDay } from '../days.js'
import { checkNegativeSpike, daysToCheck } from '../spike.js'

/**
 * `monitoring-negative-spike`: raises an alert when a day's negative mentions exceed the
 * threshold relative to the trailing average (options `monitoring.spike`). Input `day`
 * (YYYY-MM-DD) checks that day; without it, yesterday and today. Safe to run any number of times.
 */
export const monitoringNegativeSpikeTask = (options: ResolvedOptions): TaskConfig => ({
  slug: 'monitoring-negative-spike',
  label: 'Pregonero: pico de menciones negativas',
  retries: 2,
  inputSchema: [{ name: 'day', type: 'text' }],
  outputSchema: [{ name: 'checks', type: 'json' }],
  ...(options.monitoring.spike.cron ? { schedule: [{ cron: options.monitoring.spike.cron, queue: options.jobsQueue }] } : {}),
  handler: async ({ input, req }) => {
    const requested = (input as { day?: null | string } | undefined)?.day
    const days = requested && isDay(requested) ? [requested] : daysToCheck(options)
    const checks = []
    for (const day of days) checks.push(await checkNegativeSpike(req, options, day))
    return { output: { checks } }
  },
})
