import type { Payload } from 'payload'

import type { Role } from '../../../src/kernel/access/index.js'

import { makeUser as baseMakeUser } from '../../helpers/users.js'

/** Fixtures of the plan-measure-act tests, created with the Local API (system context). */
export type Id = number | string
export type UserDoc = { id: Id; email: string; roles: string[]; collection: 'users' }

const ctx = { skipWorkflow: true }

/** A user with this e-mail and roles (tests/helpers/users.ts; password TEST_PASSWORD). */
export const makeUser = async (payload: Payload, email: string, roles: string[], department?: Id): Promise<UserDoc> =>
  (await baseMakeUser(payload, roles as Role[], { email, department, name: email.split('@')[0] })) as unknown as UserDoc

export const makeDepartment = async (payload: Payload, name: string, code: string): Promise<Id> =>
  ((await payload.create({ collection: 'departments', data: { name, code } as never })) as { id: Id }).id

export const makeRequest = async (payload: Payload, data: Record<string, unknown>): Promise<{ id: Id }> =>
  (await payload.create({
    collection: 'communication-requests',
    data: {
      title: 'Solicitud',
      audience: 'external',
      products: [{ type: 'news' }],
      description: 'Descripción',
      status: 'submitted',
      ...data,
    } as never,
    context: ctx,
  })) as unknown as { id: Id }

export const makeContent = async (payload: Payload, data: Record<string, unknown>): Promise<{ id: Id }> =>
  (await payload.create({
    collection: 'contents',
    data: { title: 'Contenido', kind: 'news', audience: 'external', stage: 'draft', ...data } as never,
    context: ctx,
  })) as unknown as { id: Id }

/** A follow-up row as the workflow area writes them (system code, typed columns). */
export const makeFollowUp = async (payload: Payload, data: Record<string, unknown>) =>
  payload.create({
    collection: 'follow-ups',
    data: { subjectCollection: 'communication-requests', subjectId: '0', ...data } as never,
    overrideAccess: true,
    context: ctx,
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
