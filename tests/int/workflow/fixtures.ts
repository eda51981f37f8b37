import type { Payload } from 'payload'

import type { Role } from '../../../src/kernel/access/roles.js'

export type TestUser = { id: number | string; roles: string[]; department?: number | string | null; collection: 'users'; email: string }

let seq = 0

/** System-made fixtures (skipWorkflow): users, departments, requests and contents in any state. */
export const makeFixtures = (payload: Payload) => {
  const ctx = { skipWorkflow: true }
  const department = async (name = `Dependencia ${++seq}`) =>
    (await payload.create({ collection: 'departments', data: { name, code: `D${++seq}` } as never, context: ctx })) as unknown as {
      id: number | string
    }
  const user = async (roles: Role[], dep?: number | string | null): Promise<TestUser> => {
    const email = `u${++seq}-${roles.join('-')}@pasto.gov.co`
    const doc = (await payload.create({
      collection: 'users',
      data: { name: `${roles.join('+')} ${seq}`, email, password: 'secreto-123', roles, department: dep ?? null } as never,
      context: ctx,
    })) as unknown as { id: number | string }
    return { id: doc.id, roles, department: dep ?? null, collection: 'users', email }
  }
  const request = async (data: Record<string, unknown>) =>
    (await payload.create({
      collection: 'communication-requests',
      data: {
        title: `Solicitud ${++seq}`,
        audience: 'external',
        products: [{ type: 'press-release', channels: ['web'] }],
        description: 'Cubrimiento y boletín',
        ...data,
      } as never,
      context: ctx,
      depth: 0,
    })) as unknown as Record<string, any>
  const content = async (data: Record<string, unknown>) =>
    (await payload.create({
      collection: 'contents',
      data: { title: `Contenido ${++seq}`, kind: 'news', audience: 'external', ...data } as never,
      context: ctx,
      depth: 0,
    })) as unknown as Record<string, any>
  const events = async (collection: string, id: number | string) =>
    (
      await payload.find({
        collection: 'workflow-events' as never,
        where: { and: [{ collection: { equals: collection } }, { document: { equals: String(id) } }] },
        sort: 'createdAt',
        pagination: false,
        depth: 0,
      })
    ).docs as unknown as Array<Record<string, any>>
  return { department, user, request, content, events }
}
