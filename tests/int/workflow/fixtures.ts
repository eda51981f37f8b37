import type { Payload } from 'payload'

import type { Role } from '../../../src/kernel/access/roles.js'

import { type Id, makeContent, makeDepartment, makeRequest, makeUser, type TestUser, trailOf } from '../../helpers/fixtures.js'

export type { TestUser }

/** The workflow tests' scenario: a request asks for a press release on the web. */
const REQUEST = { products: [{ type: 'press-release', channels: ['web'] }], description: 'Cubrimiento y boletín' }

/**
 * The shared fixtures (tests/helpers/fixtures.ts) bound to one Payload: documents read back at
 * depth 0 (relationships as ids), requests for a press release.
 */
export const makeFixtures = (payload: Payload) => ({
  department: (name?: string) => makeDepartment(payload, undefined, name),
  user: (roles: Role[], department?: Id | null): Promise<TestUser> => makeUser(payload, roles, { department }),
  request: (data: Record<string, unknown>) => makeRequest(payload, { ...REQUEST, ...data }, { depth: 0 }),
  content: (data: Record<string, unknown>) => makeContent(payload, data, { depth: 0 }),
  events: (collection: string, id: Id) => trailOf(payload, collection, id),
})
