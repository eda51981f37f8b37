import type { Field } from 'payload'

import { recomputeLinkedAction } from '../../src/planning/evidenceLinks.js'

/**
 * Links to the plan (plan-measure-act area): a request linked to a plan action is evidence of
 * it; when the request changes, the action's derived progress is recomputed.
 */
export const requestPlanLinkFields: Field[] = [
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
