import type { Payload } from 'payload'

import { seedTransparencyMenu } from 'pregonero'

import { DEPARTMENTS } from './data/departments.js'
import { indicatorSeed } from './data/indicators.js'
import { DEMO_PASSWORD, DEMO_USERS } from './data/users.js'
import { seedDemoContent } from './demoContent.js'
import { seedOffice } from './office/index.js'

export type SeedOptions = {
  /** Create the demo account of each role (never in production unless asked). */
  demoUsers?: boolean
  /**
   * With the demo users, the living demo too: brand manual, accounts, twelve months of figures,
   * archive assets, requests and contents in every state (`npm run dev`; SEED_DEMO_OFFICE=true in production).
   */
  demoOffice?: boolean
  log?: (message: string) => void
}

export type SeedResult = { departments: number; users: number; indicators: number; demo: number }

/**
 * Idempotent seed: creates what is missing, never duplicates, never overwrites what people changed.
 * System code: runs with overrideAccess and `context.skipWorkflow`.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const log = options.log ?? ((message: string) => payload.logger.info(message))
  const context = { skipWorkflow: true, seeding: true }
  let departments = 0
  let users = 0
  let indicators = 0
  let demo = 0

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

  // The office's indicator sheet (by code; people may edit targets afterwards).
  for (const indicator of indicatorSeed) {
    const existing = await payload.count({ collection: 'indicators', where: { code: { equals: indicator.code } } })
    if (existing.totalDocs > 0) continue
    await payload.create({ collection: 'indicators', data: indicator, context })
    indicators++
  }

  // The transparency menu's Anexo 2 numbering (Res. MinTIC 1519/2020): only the missing numbers.
  await seedTransparencyMenu(payload)

  if (options.demoUsers) {
    const userIds = new Map<string, number | string>()
    for (const user of DEMO_USERS) {
      const existing = await payload.find({ collection: 'users', where: { email: { equals: user.email } }, limit: 1, depth: 0 })
      if (existing.docs[0]) {
        userIds.set(user.email, existing.docs[0].id)
        continue
      }
      const created = await payload.create({
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
      userIds.set(user.email, created.id)
      users++
    }
    demo = await seedDemoContent(payload, { departmentIds, userIds })
    if (options.demoOffice) demo += await seedOffice(payload, { departmentIds, userIds, context })
  }

  log(`[seed] dependencias: ${departments}, indicadores: ${indicators}, usuarios demo: ${users}, contenido demo: ${demo} (nuevos)`)
  return { departments, users, indicators, demo }
}
