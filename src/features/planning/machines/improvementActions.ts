import { hasRole, type UserLike } from '../../../kernel/access/hasRole.js'
import { OFFICE_ROLES, type Role } from '../../../kernel/access/roles.js'
import { defineMachine } from '../../../kernel/machine/defineMachine.js'
import type { GuardContext, GuardFn, TransitionRule } from '../../../kernel/machine/types.js'
import { sameId } from '../../../kernel/ids.js'
import { SLUGS } from '../../../kernel/slugs.js'

/** The states of a corrective, preventive or improvement action. */
export const IMPROVEMENT_STATES = {
  open: { es: 'Abierta', en: 'Open' },
  'in-progress': { es: 'En curso', en: 'In progress' },
  done: { es: 'Ejecutada', en: 'Done' },
  'verified-effective': { es: 'Verificada eficaz', en: 'Verified effective' },
  'not-effective': { es: 'No eficaz', en: 'Not effective' },
} as const

/** The verdicts of the effectiveness check (final states). */
export const VERDICTS: readonly string[] = ['verified-effective', 'not-effective']

const CHECKERS: readonly Role[] = ['admin', 'head']

/** Whether the acting user is the action's responsible. */
export const isResponsible = ({ user, doc }: Pick<GuardContext, 'doc' | 'user'>): boolean => sameId(user?.id, doc.responsible)

/** The responsible moves the work, or the head / an admin (guardLifecycle refuses others with a 403). */
const responsibleOrChecker: GuardFn = (ctx) => (isResponsible(ctx) || hasRole(ctx.user as UserLike, ...CHECKERS) ? null : 'responsible')
/** Effectiveness is checked by someone other than the responsible (guardLifecycle refuses the responsible with a 403). */
const notResponsible: GuardFn = (ctx) => (isResponsible(ctx) ? 'responsible' : null)

/**
 * Open → in progress → done → verified effective | not effective (final); done may go back to
 * in progress (more work). The effectiveness check needs a note (guardLifecycle).
 */
export const IMPROVEMENT_TRANSITIONS: readonly TransitionRule[] = [
  { from: ['open', 'done'], to: 'in-progress', roles: OFFICE_ROLES, guards: ['responsibleOrChecker'] },
  { from: ['in-progress'], to: 'done', roles: OFFICE_ROLES, guards: ['responsibleOrChecker'] },
  { from: ['done'], to: 'verified-effective', roles: CHECKERS, guards: ['notResponsible'] },
  { from: ['done'], to: 'not-effective', roles: CHECKERS, guards: ['notResponsible'] },
]

/** `improvement-actions.status`. Stamps (doneAt, the effectiveness check) are guardLifecycle's. */
export const improvementMachine = defineMachine({
  name: 'improvement-action',
  collection: SLUGS.improvementActions,
  field: 'status',
  states: IMPROVEMENT_STATES,
  initial: 'open',
  table: IMPROVEMENT_TRANSITIONS,
  guards: { responsibleOrChecker, notResponsible },
})
