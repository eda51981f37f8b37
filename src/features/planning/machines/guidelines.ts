import type { Role } from '../../../kernel/access/roles.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { TransitionRule } from '../../../kernel/machine/types.js'
import { SLUGS } from '../../../kernel/slugs.js'

/** The states of a guideline (policy, strategy, guideline, manual). */
export const GUIDELINE_STATES = {
  draft: { es: 'Borrador', en: 'Draft' },
  approved: { es: 'Aprobado', en: 'Approved' },
  published: { es: 'Publicado al personal', en: 'Published to staff' },
  withdrawn: { es: 'Retirado', en: 'Withdrawn' },
} as const

const MANAGERS: readonly Role[] = ['admin', 'head']

/**
 * Draft → approved (the head only: each approval is a new version) → published to staff (head or
 * admin) → withdrawn. Changing the text of an approved or published guideline sends it back to
 * draft (guardGuideline asks for that move; the head or admin make it).
 */
export const GUIDELINE_TRANSITIONS: readonly TransitionRule[] = [
  { from: ['draft'], to: 'approved', roles: ['head'] },
  { from: ['approved'], to: 'published', roles: MANAGERS },
  { from: ['approved', 'published', 'withdrawn'], to: 'draft', roles: MANAGERS },
  { from: ['published'], to: 'withdrawn', roles: MANAGERS },
]

/** `guidelines.status`. Version numbers and stamps are guardGuideline's. */
export const guidelineMachine = defineMachine({
  name: 'guideline',
  collection: SLUGS.guidelines,
  field: 'status',
  states: GUIDELINE_STATES,
  initial: 'draft',
  table: GUIDELINE_TRANSITIONS,
})
