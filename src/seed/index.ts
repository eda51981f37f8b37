import type { Payload } from 'payload'

import { DEPARTMENTS } from './data/departments.js'
import { DEMO_PASSWORD, DEMO_USERS } from './data/users.js'

export type SeedOptions = {
  /** Create the demo account of each role (never in production unless asked). */
  demoUsers?: boolean
  log?: (message: string) => void
}

export type SeedResult = { departments: number; users: number }

/**
 * Idempotent seed: creates what is missing, never duplicates, never overwrites what people changed.
 * System code: runs with overrideAccess and `context.skipWorkflow`.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  const context = { skipWorkflow: true, seeding: true }
  let departments = 0
  let users = 0

  const departmentIds = new Map<string, number | string>()
  for (const department of DEPARTMENTS) {
    const existing = await payload.find({
      collection: 'departments',
      where: { code: { equals: department.code } },
      limit: 1,
      depth: 0,
      context,
    })
    const doc = existing.docs[0] ?? (await payload.create({ collection: 'departments', data: department, context }))
    if (!existing.docs[0]) departments++
    departmentIds.set(department.code, doc.id)
  }

  if (options.demoUsers) {
    for (const user of DEMO_USERS) {
      const existing = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
      if (existing.totalDocs > 0) continue
      await payload.create({
        collection: 'users',
        data: {
          email: user.email,
          name: user.name,
          password: DEMO_PASSWORD,
          roles: user.roles,
          department: user.department ? (departmentIds.get(user.department) as number) : undefined,
        },
        context,
      })
      users++
    }
  }

  log(`[seed] departamentos nuevos: ${departments}, usuarios demo nuevos: ${users}`)
  return { departments, users }
}
