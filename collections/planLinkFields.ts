import type { Field } from 'payload'

import { recomputeLinkedAction } from '../src/features/planning/evidenceLinks.js'

/**
 * Links of a request or a content to the plan (plan-measure-act area): what links to a plan
 * action is evidence of it, and when it changes the action's derived progress is recomputed.
 */
export const planLinkFields: Field[] = [
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
