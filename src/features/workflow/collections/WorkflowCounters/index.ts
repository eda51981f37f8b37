import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, nobody } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Sequence counters of the workflow (one per key, e.g. `SOL-2026` for request codes), written
 * only by `src/features/workflow/requestCode.ts` inside the creating transaction. Never decremented, so a
 * code is never reused.
 */
export const createWorkflowCountersCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.workflowCounters,
  labels: { singular: { es: 'Consecutivo', en: 'Counter' }, plural: { es: 'Consecutivos', en: 'Counters' } },
  admin: { group: GROUPS.settings, hidden: true },
  access: { read: allowRoles('admin'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
})
