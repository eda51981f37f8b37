import type { PayloadRequest, TaskConfig } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../../kernel/alerts/raiseAlert.js'
import { resolveAlerts } from '../../../kernel/alerts/resolveAlerts.js'
import { tr } from '../../../kernel/i18n/index.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { type IncompleteItem, transparencyCompleteness } from '../transparency/completeness.js'

export const TRANSPARENCY_INCOMPLETE_ALERT = 'transparency-incomplete'
export const TRANSPARENCY_UNOWNED_ALERT = 'transparency-unowned'

const listed = (items: IncompleteItem[], withProblems: boolean) =>
  items
    .map((item) => {
      const problems = item.problems.filter((p) => p !== 'unowned').map((p) => tr(null, p === 'empty' ? 'transparencyProblemEmpty' : 'transparencyProblemOverdue'))
      return withProblems && problems.length ? `${item.number} (${problems.join(', ')})` : item.number
    })
    .join('; ')

/**
 * One alert per owner department listing its empty or overdue transparency items, and one for
 * the items nobody owns; each resolves by itself once its items are complete. Idempotent: a second
 * run finds the alerts open and raises nothing.
 */
export const runTransparencyCompleteness = async (req: PayloadRequest, now = new Date()) => {
  const incomplete = await transparencyCompleteness(req, now)
  const byDepartment = new Map<string, IncompleteItem[]>()
  for (const item of incomplete) {
    if (item.ownerDepartment === null || !item.problems.some((p) => p !== 'unowned')) continue
    const key = String(item.ownerDepartment)
    byDepartment.set(key, [...(byDepartment.get(key) ?? []), item])
  }
  const failing: Array<{ collection: string; id: number | string }> = []
  for (const items of byDepartment.values()) {
    const id = items[0].ownerDepartment!
    const department = (await req.payload
      .findByID({ collection: SLUGS.departments, id, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as { name?: string } | null
    const name = department?.name ?? String(id)
    failing.push({ collection: SLUGS.departments, id })
    await raiseAlert(req, {
      kind: TRANSPARENCY_INCOMPLETE_ALERT,
      severity: 'warning',
      subject: { collection: SLUGS.departments, id, title: name },
      message: { key: 'transparencyIncompleteAlert', vars: { count: items.length, department: name, items: listed(items, true) } },
      details: { items: items.map(({ id: itemId, number, problems }) => ({ id: itemId, number, problems })) },
    })
  }
  const unowned = incomplete.filter((item) => item.problems.includes('unowned'))
  if (unowned.length > 0) {
    await raiseAlert(req, {
      kind: TRANSPARENCY_UNOWNED_ALERT,
      severity: 'warning',
      message: { key: 'transparencyUnownedAlert', vars: { count: unowned.length, items: listed(unowned, false) } },
      details: { items: unowned.map(({ id, number }) => ({ id, number })) },
    })
  }
  await resolveAlerts(req, { kind: TRANSPARENCY_INCOMPLETE_ALERT, note: { key: 'transparencyCompleteNote' }, stillFailing: failing })
  await resolveAlerts(req, { kind: TRANSPARENCY_UNOWNED_ALERT, note: { key: 'transparencyCompleteNote' }, stillFailing: unowned.length ? [null] : [] })
  return { alerted: byDepartment.size + (unowned.length ? 1 : 0) }
}

/** Every Monday morning, on the plugin's queue. */
export const transparencyCompletenessTask = (options: ResolvedOptions): TaskConfig =>
  ({
    slug: 'transparencyCompleteness',
    label: 'Pregonero: completitud del menú de transparencia',
    retries: 1,
    schedule: [{ cron: '0 0 7 * * 1', queue: options.jobsQueue }],
    outputSchema: [{ name: 'alerted', type: 'number' }],
    handler: async ({ req }: { req: PayloadRequest }) => ({ output: await runTransparencyCompleteness(req) }),
  }) as unknown as TaskConfig
