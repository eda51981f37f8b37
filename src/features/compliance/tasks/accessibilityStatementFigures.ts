import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { refreshStatementFigures } from '../accessibility/measure.js'

/** One run: measures and writes a new version of the statement. */
export const runAccessibilityStatementFigures = async (req: PayloadRequest) => ({ measuredAt: (await refreshStatementFigures(req)).measuredAt })

/**
 * The accessibility statement's figures, re-measured on the first day of every month on the
 * plugin's queue: each run writes one new version of the statement (its history is the record
 * of the measurements). Idempotent in effect: a second run measures the same figures again.
 */
export const accessibilityStatementFiguresTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'accessibilityStatementFigures',
    label: 'Accessibility statement figures',
    retries: 1,
    schedule: [{ cron: '0 0 5 1 * *', queue: options.jobsQueue }],
    outputSchema: [{ name: 'measuredAt', type: 'text' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runAccessibilityStatementFigures(req) }),
  }) as unknown as TaskConfig
