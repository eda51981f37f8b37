import type { Payload } from 'payload'

import { BRAND_MANUAL } from '../data/brandManual.js'
import { seedArchive } from './archive.js'
import { seedMeasurements } from './measurements.js'
import { seedMonitoringHistory } from './monitoring.js'
import { seedWorkflowStates } from './workflow.js'

type Id = number | string

/**
 * The living demo (issue 15, item 13): the brand manual, social accounts and outlets, twelve
 * months of indicator measurements, mentions and social metrics, archive assets with consent
 * records, and requests and contents in every state. Each part is idempotent on its own.
 */
export const seedOffice = async (
  payload: Payload,
  { departmentIds, userIds, context }: { departmentIds: Map<string, Id>; userIds: Map<string, Id>; context: Record<string, unknown> },
): Promise<number> => {
  let created = 0
  // The manual: written only while it has no palette (never overwrites the office's own).
  const manual = (await payload.findGlobal({ slug: 'brand-manual', depth: 0, context })) as { palette?: unknown[] | null }
  if (!manual.palette?.length) {
    await payload.updateGlobal({ slug: 'brand-manual', data: BRAND_MANUAL as never, context })
    created++
  }
  const editor = userIds.get('editor@pregonero.test')
  created += await seedMonitoringHistory({ payload, context, departmentIds, editor })
  created += await seedMeasurements(payload, context)
  const designerId = userIds.get('disenador@pregonero.test')
  const designer = designerId ? ((await payload.findByID({ collection: 'users', id: designerId, depth: 0 })) as unknown as Record<string, unknown>) : undefined
  const archive = await seedArchive(payload, context, { designer: designer ? { ...designer, collection: 'users' } : undefined, department: departmentIds.get('COM') })
  created += archive.created
  created += await seedWorkflowStates(payload, context, { departmentIds, userIds, assets: archive.assets })
  return created
}
