import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { withLease } from '../../../kernel/jobs/lease.js'
import { GLOBAL_SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'
import { officeDay } from '../../../kernel/time/officeDates.js'
import { refreshStatementFigures } from '../accessibility/measure.js'

const LEASE_MS = 10 * 60_000

/**
 * The monthly measurement: writes one new version of the statement unless the figures were
 * already measured this month (office calendar), by this job or by "Actualizar cifras". Two
 * runners at once give one version (a lease); a retry or a duplicated schedule adds nothing.
 */
export const runAccessibilityStatementFigures = async (req: PayloadRequest, now = new Date()): Promise<{ measuredAt: string; measured: boolean }> => {
  const month = officeDay(now).slice(0, 7)
  const run = await withLease(req, `accessibilityStatementFigures:${month}`, LEASE_MS, async () => {
    // On the primary (read replicas): a lagging replica would not show this month's measurement yet.
    const current = (await readOnPrimaryIfReplicas(req, (req) => req.payload.findGlobal({ slug: GLOBAL_SLUGS.accessibilityStatement, depth: 0, req, overrideAccess: true }))) as {
      figures?: { measuredAt?: null | string } | null
    }
    const last = current.figures?.measuredAt
    if (last && officeDay(last).slice(0, 7) === month) return { measuredAt: last, measured: false }
    return { measuredAt: (await refreshStatementFigures(req, now)).measuredAt, measured: true }
  })
  return run.ran ? run.value : { measuredAt: '', measured: false }
}

/** On the first day of every month, on the plugin's queue. */
export const accessibilityStatementFiguresTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'accessibilityStatementFigures',
    label: 'Pregonero: cifras de la declaración de accesibilidad',
    retries: 1,
    schedule: [{ cron: '0 0 5 1 * *', queue: options.jobsQueue }],
    outputSchema: [
      { name: 'measuredAt', type: 'text' },
      { name: 'measured', type: 'checkbox' },
    ],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runAccessibilityStatementFigures(req) }),
  }) as unknown as TaskConfig
