import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { tr } from '../../../kernel/i18n/index.js'
import { bogotaDate } from '../../../kernel/time/workingDays.js'
import { ELECTION_PERIODS, type ElectionPeriod } from '../electionPeriods.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { readOnPrimaryIfReplicas } from '../../../kernel/sql/readOnPrimary.js'

export const ELECTION_OPEN_ALERT = 'election-period-open'
export const ELECTION_CLOSED_ALERT = 'election-period-closed'

/** Closing notices are raised for periods that ended at most this long ago (a late job still tells). */
const CLOSED_LOOKBACK_MS = 30 * 86_400_000

/** On the primary (read replicas): a lagging replica would miss a notice raised and resolved moments ago, and it would go twice. */
const everRaised = async (req: PayloadRequest, kind: string, id: number | string): Promise<boolean> => {
  const { totalDocs } = await readOnPrimaryIfReplicas(req, (req) =>
    req.payload.count({
      collection: SLUGS.alerts,
      where: { and: [{ kind: { equals: kind } }, { 'subject.collection': { equals: ELECTION_PERIODS } }, { 'subject.documentId': { equals: String(id) } }] },
      req,
      overrideAccess: true,
    }),
  )
  return totalDocs > 0
}

/**
 * An alert opens and closes each election period: when a period is in force, one "open" alert
 * (kept open for the whole period, resolved when it ends); when it has ended, one "closed" notice.
 * Idempotent: each is raised once per period, however often the job runs, even after the head
 * resolves it.
 */
export const runElectionPeriodAlerts = async (req: PayloadRequest, now = new Date()) => {
  const iso = now.toISOString()
  const { docs } = await req.payload.find({
    collection: ELECTION_PERIODS,
    where: { and: [{ start: { less_than_equal: iso } }, { end: { greater_than_equal: new Date(now.getTime() - CLOSED_LOOKBACK_MS).toISOString() } }] },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const inForce: Array<{ collection: string; id: number | string }> = []
  let opened = 0
  let closed = 0
  for (const period of docs as unknown as ElectionPeriod[]) {
    const subject = { collection: ELECTION_PERIODS, id: period.id, title: period.name }
    const vars = { period: period.name, start: bogotaDate(period.start), end: bogotaDate(period.end) }
    if (new Date(period.end) >= now) {
      inForce.push(subject)
      if (await everRaised(req, ELECTION_OPEN_ALERT, period.id)) continue
      const { created } = await raiseAlert(req, { kind: ELECTION_OPEN_ALERT, severity: 'warning', subject, message: { key: 'electionAlertOpened', vars } })
      if (created) opened++
    } else if (!(await everRaised(req, ELECTION_CLOSED_ALERT, period.id))) {
      const { created } = await raiseAlert(req, { kind: ELECTION_CLOSED_ALERT, severity: 'info', subject, message: { key: 'electionAlertClosed', vars } })
      if (created) closed++
    }
  }
  await resolveAlerts(req, { kind: ELECTION_OPEN_ALERT, note: { key: 'electionAlertResolved' }, stillFailing: inForce })
  return { opened, closed }
}

/** Hourly, on the plugin's queue. */
export const electionPeriodAlertsTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'electionPeriodAlerts',
    label: 'Pregonero: alertas de periodo electoral',
    retries: 1,
    schedule: [{ cron: '0 5 * * * *', queue: options.jobsQueue }],
    outputSchema: [
      { name: 'opened', type: 'number' },
      { name: 'closed', type: 'number' },
    ],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runElectionPeriodAlerts(req) }),
  }) as unknown as TaskConfig
