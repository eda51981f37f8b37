import type { Field } from 'payload'

import { recomputeLinkedAction } from '../src/features/planning/evidenceLinks.js'
import { SLUGS } from '../src/kernel/slugs.js'

/**
 * Links of a request or a content to the plan (plan-measure-act area): what links to a plan
 * action is evidence of it, and when it changes the action's derived progress is recomputed.
 */
export const planLinkFields: Field[] = [
  {
    name: 'planAction',
    type: 'relationship',
    relationTo: SLUGS.planActions,
    index: true,
    label: { es: 'Acción del plan', en: 'Plan action' },
    hooks: { afterChange: [recomputeLinkedAction] },
  },
  { name: 'campaign', type: 'relationship', relationTo: SLUGS.campaigns, index: true, label: { es: 'Campaña', en: 'Campaign' } },
]
