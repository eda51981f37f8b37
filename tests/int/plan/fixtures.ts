import type { Payload } from 'payload'

import { type Id, SYSTEM } from '../../helpers/fixtures.js'

/** Plan-measure-act helpers beside the shared fixtures (tests/helpers/fixtures.ts). */
export type { Id }

/** A follow-up row as the workflow area writes them (system code, typed columns). */
export const makeFollowUp = async (payload: Payload, data: Record<string, unknown>) =>
  payload.create({
    collection: 'follow-ups',
    data: { subjectCollection: 'communication-requests', subjectId: '0', ...data } as never,
    overrideAccess: true,
    ...SYSTEM,
  })

/**
 * Open alerts of a kind, with `subjectId` read from `openKey` (kind|collection|id): the
 * foundation's alerts.subject.id (a field named `id` inside a group) does not read back on SQLite.
 */
export const findOpenAlerts = async (payload: Payload, kind: string) =>
  (
    (
      await payload.find({
        collection: 'alerts',
        where: { and: [{ kind: { equals: kind } }, { status: { not_equals: 'resolved' } }] },
        pagination: false,
        sort: 'id',
        depth: 0,
      })
    ).docs as unknown as Array<{ id: Id; openKey: string; subject: { collection: string }; status: string; message: string; details: any }>
  ).map((a) => ({ ...a, subjectId: a.openKey.split('|')[2] }))

export const runJob = async (payload: Payload, task: string, input: Record<string, unknown> = {}) => {
  await payload.jobs.queue({ task: task as never, input: input as never, queue: 'pregonero' })
  await payload.jobs.run({ queue: 'pregonero' })
}

/** Awaits a rejection and returns its message plus the field messages of a ValidationError. */
export const errorText = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise
  } catch (error) {
    const e = error as { message?: string; status?: number; data?: { errors?: Array<{ path: string; message: string }> } }
    return [String(e.status ?? ''), e.message ?? '', ...(e.data?.errors ?? []).map((x) => `${x.path}: ${x.message}`)].join(' | ')
  }
  throw new Error('expected a rejection')
}
