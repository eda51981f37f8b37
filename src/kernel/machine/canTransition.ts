import type { GuardContext, GuardFn, StateMachine, TransitionRule } from './types.js'

import { hasRole, type UserLike } from '../access/hasRole.js'
import { ROLE_LABELS, type Role } from '../access/roles.js'
import { tr } from '../i18n/index.js'

import { BUILT_IN_GUARDS } from './guards.js'

export type TransitionInput = {
  /** The machine, or the name of one of `tables` (a bare table has the built-in guards only). */
  machine: StateMachine | string
  /** Tables by machine name, when `machine` is a name. */
  tables?: Readonly<Record<string, readonly TransitionRule[]>>
  from: null | string | undefined
  to: string
  /** The acting user; null means the system (jobs, automatic transitions). */
  user: GuardContext['user']
  /** The document as it will be after the change (guards read it). */
  doc?: Record<string, unknown>
  comment?: null | string
  /** The caller asked for an exceptional (forced) transition. */
  force?: boolean
  /** The change is made by the system on the user's behalf (automatic transition). */
  system?: boolean
  /** The request, for messages in the caller's language. */
  req?: GuardContext['req']
}

export type TransitionResult = {
  ok: boolean
  /** 'illegal' (no such transition), 'role' (not for you), 'guard' (a condition fails). */
  code?: 'guard' | 'illegal' | 'role'
  reason?: string
  /** The target states this user may reach from `from` (guards on the document aside from the comment). */
  allowed: string[]
  /** The rule that applies when ok. */
  rule?: TransitionRule
  /** True when the applied rule is a forced one. */
  forced?: boolean
}

const languageOf = (req: TransitionInput['req']): 'en' | 'es' =>
  (req as null | undefined | { i18n?: { language?: string } })?.i18n?.language === 'en' ? 'en' : 'es'

/** A state as people read it: its label in the caller's language (a bare table has codes only). */
export const stateLabel = (machine: StateMachine | string, state: string, req?: TransitionInput['req']): string =>
  typeof machine === 'string' ? state : (machine.states[state]?.[languageOf(req)] ?? state)

const rulesOf = (input: Pick<TransitionInput, 'machine' | 'tables'>): readonly TransitionRule[] =>
  typeof input.machine === 'string' ? (input.tables?.[input.machine] ?? []) : input.machine.table

/** A guard of a rule: a function, a name the machine brings, or a built-in name. */
export const resolveGuard = (machine: StateMachine | string, guard: GuardFn | string): GuardFn | undefined => {
  if (typeof guard === 'function') return guard
  const own = typeof machine === 'string' ? undefined : machine.guards?.[guard]
  return own ?? (BUILT_IN_GUARDS as Record<string, GuardFn>)[guard]
}

const runGuards = (machine: TransitionInput['machine'], rule: TransitionRule, ctx: GuardContext): null | string => {
  for (const guard of rule.guards ?? []) {
    const fn = resolveGuard(machine, guard)
    // Fail closed: a name nothing defines refuses (defineMachine refuses such tables at boot).
    const reason = fn ? fn(ctx) : tr(ctx.req, 'machineUnknownGuard', { guard: String(guard) })
    if (reason) return reason
  }
  if (rule.requiresComment && !ctx.comment?.trim()) return tr(ctx.req, 'machineComment', { to: stateLabel(machine, rule.to, ctx.req) })
  return null
}

const userMay = (rule: TransitionRule, input: Pick<TransitionInput, 'system' | 'user'>): boolean =>
  (input.system || !input.user ? Boolean(rule.system) : false) ||
  (Boolean(input.user) && hasRole(input.user as UserLike, ...(rule.roles as Role[])))

export type AllowedTransition = { to: string; requiresComment: boolean; force: boolean; action?: string }

/**
 * The target states reachable from `from` for this user, with whether a comment is needed and
 * whether the move is a forced one. Guards that depend on the document are checked (when a
 * document is given), the comment is not (the UI asks for it).
 */
export const allowedTransitions = (input: Omit<TransitionInput, 'comment' | 'force' | 'to'>): AllowedTransition[] => {
  const rules = rulesOf(input).filter((rule) => rule.from.includes(String(input.from)))
  const out = new Map<string, AllowedTransition>()
  for (const rule of rules) {
    if (!userMay(rule, input)) continue
    if (input.doc) {
      const reason = runGuards(input.machine, { ...rule, requiresComment: false }, { user: input.user, doc: input.doc, comment: null, req: input.req })
      if (reason) continue
    }
    const previous = out.get(rule.to)
    const entry: AllowedTransition = { to: rule.to, requiresComment: Boolean(rule.requiresComment), force: Boolean(rule.force), action: rule.action }
    // Prefer the ordinary (non-forced, comment-free) way when there are several.
    if (!previous || (previous.force && !entry.force) || (previous.requiresComment && !entry.requiresComment)) out.set(rule.to, entry)
  }
  return [...out.values()]
}

/** Pure check of one transition against the machine's table. Never throws. */
export const canTransition = (input: TransitionInput): TransitionResult => {
  const from = String(input.from ?? '')
  const { to, req } = input
  const allowed = allowedTransitions(input).map((entry) => entry.to)
  const candidates = rulesOf(input).filter((rule) => rule.from.includes(from) && rule.to === to)
  // People read states and roles by their labels, never by their codes (issue 15, item 7).
  const label = (state: string) => stateLabel(input.machine, state, req)
  const names = { from: label(from), to: label(to) }
  const list = allowed.length ? allowed.map(label).join(', ') : '—'
  if (candidates.length === 0) {
    return { ok: false, code: 'illegal', allowed, reason: tr(req, 'machineIllegal', { ...names, allowed: list }) }
  }
  const mine = candidates.filter((rule) => userMay(rule, input))
  if (mine.length === 0) {
    const lang = languageOf(req)
    const roles = [...new Set(candidates.flatMap((rule) => rule.roles))].map((role) => ROLE_LABELS[role]?.[lang] ?? role).join(', ') || tr(req, 'machineSystemOnly')
    return { ok: false, code: 'role', allowed, reason: tr(req, 'machineRole', { ...names, roles, allowed: list }) }
  }
  const ctx: GuardContext = { user: input.user, doc: input.doc ?? {}, comment: input.comment, force: input.force, req }
  // Ordinary rules first; forced ones only when asked for explicitly.
  const ordered = [...mine.filter((rule) => !rule.force), ...(input.force ? mine.filter((rule) => rule.force) : [])]
  let firstReason: null | string = null
  for (const rule of ordered) {
    const reason = runGuards(input.machine, rule, ctx)
    if (!reason) return { ok: true, allowed, rule, forced: Boolean(rule.force) }
    firstReason ??= reason
  }
  return { ok: false, code: 'guard', allowed, reason: tr(req, 'machineGuard', { ...names, reason: firstReason ?? tr(req, 'machineForceOnly') }) }
}
