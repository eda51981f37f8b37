import type { Role } from '../../../kernel/access/roles.js'
import { tr } from '../../../kernel/i18n/index.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { GuardFn, TransitionRule } from '../../../kernel/machine/types.js'
import { SLUGS } from '../../../kernel/slugs.js'

/** The states of a campaign. */
export const CAMPAIGN_STATES = {
  planned: { es: 'Planeada', en: 'Planned' },
  active: { es: 'Activa', en: 'Active' },
  finished: { es: 'Finalizada', en: 'Finished' },
  evaluated: { es: 'Evaluada', en: 'Evaluated' },
} as const

/** Who updates a campaign (its collection's update access): they run it. */
const CAMPAIGNERS: readonly Role[] = ['admin', 'head', 'editor', 'community']
/** Who closes a campaign with its evaluation (the office's sign-off on the results, as the head approves plans). */
const EVALUATORS: readonly Role[] = ['admin', 'head']

/** Evaluating a campaign needs the summary of its results. */
const resultsSummary: GuardFn = ({ doc, req }) =>
  String((doc.evaluation as { summary?: unknown } | null | undefined)?.summary ?? '').trim() ? null : tr(req, 'guardResultsSummary')

/** Planned → active → finished (evidence of its plan action) → evaluated (with its results, by the head or an admin). */
export const CAMPAIGN_TRANSITIONS: readonly TransitionRule[] = [
  { from: ['planned'], to: 'active', roles: CAMPAIGNERS },
  { from: ['active'], to: 'finished', roles: CAMPAIGNERS },
  { from: ['finished'], to: 'evaluated', roles: EVALUATORS, guards: ['resultsSummary'] },
]

/** `campaigns.status`. */
export const campaignMachine = defineMachine({
  name: 'campaign',
  collection: SLUGS.campaigns,
  field: 'status',
  states: CAMPAIGN_STATES,
  initial: 'planned',
  table: CAMPAIGN_TRANSITIONS,
  guards: { resultsSummary },
})
