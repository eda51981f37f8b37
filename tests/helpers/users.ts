import type { Payload } from 'payload'

import type { Role } from '../../src/kernel/access/index.js'

export const TEST_PASSWORD = 'Test-password-123'

/** Creates a user with the given roles (system call) and returns the doc, ready for `user:`. */
export const makeUser = async (
  payload: Payload,
  roles: Role[],
  extra: { email?: string; department?: number | string; name?: string } = {},
) => {
  const email = extra.email ?? `${roles.join('-')}-${Math.random().toString(36).slice(2, 8)}@test.local`
  const user = await payload.create({
    collection: 'users',
    data: {
      email,
      password: TEST_PASSWORD,
      name: extra.name ?? `Test ${roles.join(' ')}`,
      roles,
      department: extra.department as number | undefined,
    },
    context: { skipWorkflow: true },
  })
  return { ...user, collection: 'users' as const }
}

/** A department for tests (system call). */
export const makeDepartment = async (payload: Payload, code: string, name = `Dependencia ${code}`) =>
  payload.create({ collection: 'departments', data: { code, name, email: `${code.toLowerCase()}@test.local` } })
