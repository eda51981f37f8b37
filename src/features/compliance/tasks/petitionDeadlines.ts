import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { tr } from '../../../kernel/i18n/index.js'
import { addWorkingDays, bogotaDate, endOfBogotaDay } from '../../../kernel/time/workingDays.js'
import { PETITIONS } from '../petitions.js'

export const PETITION_DUE_ALERT = 'petition-due'
export const PETITION_EXPIRED_ALERT = 'petition-expired'

/** Working days before the legal due date when the alert is raised. */
export const PETITION_WARNING_DAYS = 3

type Petition = { id: number | string; subject: string; dueDate: string }

/**
 * Open petitions whose legal term ends within PETITION_WARNING_DAYS working days, or has ended:
 * one alert each (a warning, then a critical one once expired), resolved when the answer is recorded. Idempotent.
 */
export const runPetitionDeadlines = async (req: PayloadRequest, now = new Date()) => {
  const horizon = endOfBogotaDay(addWorkingDays(now, PETITION_WARNING_DAYS))
  const { docs } = await req.payload.find({
    collection: PETITIONS,
    where: { and: [{ status: { equals: 'open' } }, { dueDate: { less_than_equal: horizon } }] },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: { subject: true, dueDate: true },
  })
  const due: Array<{ collection: string; id: number | string }> = []
  const expiredOnes: Array<{ collection: string; id: number | string }> = []
  for (const petition of docs as unknown as Petition[]) {
    const expired = new Date(petition.dueDate) < now
    ;(expired ? expiredOnes : due).push({ collection: PETITIONS, id: petition.id })
    await raiseAlert(req, {
      kind: expired ? PETITION_EXPIRED_ALERT : PETITION_DUE_ALERT,
      severity: expired ? 'critical' : 'warning',
      subject: { collection: PETITIONS, id: petition.id, title: petition.subject },
      message: { key: expired ? 'petitionExpiredAlert' : 'petitionDueAlert', vars: { subject: petition.subject, due: bogotaDate(petition.dueDate) } },
      details: { dueDate: petition.dueDate },
    })
  }
  await resolveAlerts(req, { kind: PETITION_DUE_ALERT, note: { key: 'petitionAnsweredNote' }, stillFailing: due })
  await resolveAlerts(req, { kind: PETITION_EXPIRED_ALERT, note: { key: 'petitionAnsweredNote' }, stillFailing: expiredOnes })
  return { alerted: due.length + expiredOnes.length }
}

/** Every morning, on the plugin's queue. */
export const petitionDeadlinesTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'petitionDeadlines',
    label: 'Pregonero: plazos de los derechos de petición',
    retries: 1,
    schedule: [{ cron: '0 30 6 * * *', queue: options.jobsQueue }],
    outputSchema: [{ name: 'alerted', type: 'number' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runPetitionDeadlines(req) }),
  }) as unknown as TaskConfig
