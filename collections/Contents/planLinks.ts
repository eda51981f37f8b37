import type { Field } from 'payload'

import { recomputeLinkedAction } from '../../src/planning/evidenceLinks.js'

/**
 * Links to the plan (plan-measure-act area): a content linked to a plan action is evidence of
 * it (executed once published); a content may belong to a campaign.
 */
export const contentPlanLinkFields: Field[] = [
  {
    name: 'planAction',
    type: 'relationship',
    relationTo: 'plan-actions',
    index: true,
    label: { es: 'Acción del plan', en: 'Plan action' },
    hooks: { afterChange: [recomputeLinkedAction] },
  },
  { name: 'campaign', type: 'relationship', relationTo: 'campaigns', index: true, label: { es: 'Campaña', en: 'Campaign' } },
]
