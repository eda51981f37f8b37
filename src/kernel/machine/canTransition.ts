import type { GuardContext, GuardFn, GuardName, Machine, TransitionRule, TransitionTables } from '../../features/workflow/tables.js'

import { departmentOf, hasRole, type UserLike } from '../access/hasRole.js'
import type { Role } from '../access/roles.js'

import { tr } from '../i18n/index.js'

const idOf = (value: unknown): null | string => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return idOf((value as { id?: unknown }).id)
  return String(value)
}

/** The built-in guards. Each returns null (passes) or the bilingual reason it refuses. */
export const GUARDS: Record<GuardName, GuardFn> = {
  fourEyes: ({ user, doc, req }) => {
    const me = idOf(user?.id)
    if (!me) return null
    // Everyone who changed the piece since its last approval, plus its author and last editor.
    const changers = [doc.createdBy, doc.lastEditedBy, ...(Array.isArray(doc.editedSinceApproval) ? doc.editedSinceApproval : [])]
      .map(idOf)
      .filter((id): id is string => id !== null)
    if (changers.includes(me)) {
      return tr(req, 'fourEyes', { editors: [...new Set(changers)].map((id) => `#${id}`).join(', ') })
    }
    return null
  },
  ownDepartment: ({ user, doc }) =>
    idOf(departmentOf(user as UserLike)) && idOf(departmentOf(user as UserLike)) === idOf(doc.department)
      ? null
      : 'dependencia: solo para solicitudes de su propia dependencia / department: only for requests of your own department',
  ownRequest: ({ user, doc }) =>
    idOf(user?.id) && idOf(user?.id) === idOf(doc.requestedBy)
      ? null
      : 'solicitante: solo quien radicó la solicitud puede hacerlo / requester: only whoever filed the request may do this',
  rated: ({ doc }) => {
    const score = Number((doc.satisfaction as { score?: unknown } | undefined)?.score)
    return Number.isInteger(score) && score >= 1 && score <= 5
      ? null
      : 'satisfaction.score: cerrar requiere una calificación de 1 a 5 / closing requires a score from 1 to 5'
  },
  checklistComplete: ({ doc }) => {
    const list = (doc.reviewChecklist ?? {}) as Record<string, unknown>
    const missing = Object.entries(list).filter(([, v]) => v !== true).map(([k]) => k)
    return Object.keys(list).length > 0 && missing.length === 0
      ? null
      : `reviewChecklist: lista de revisión incompleta / review checklist incomplete${missing.length ? ` (${missing.join(', ')})` : ''}`
  },
}

const runGuards = (rule: TransitionRule, ctx: GuardContext): null | string => {
  for (const guard of rule.guards ?? []) {
    const fn = typeof guard === 'function' ? guard : GUARDS[guard]
    const reason = fn(ctx)
    if (reason) return reason
  }
  if (rule.requiresComment && !ctx.comment?.trim()) {
    return `workflowComment: la transición a «${rule.to}» requiere un comentario / the transition to "${rule.to}" requires a comment`
  }
  return null
}

export type TransitionInput = {
  machine: Machine
  from: null | string | undefined
  to: string
  /** The acting user; null means the system (jobs, automatic transitions). */
  user: GuardContext['user']
  tables: TransitionTables
  /** The document as it will be after the change (guards read it). */
  doc?: Record<string, unknown>
  comment?: null | string
  /** The caller asked for an exceptional (forced) transition. */
  force?: boolean
  /** The change is made by the system on the user's behalf (automatic transition). */
  system?: boolean
  /** The request, for guards' messages in the caller's language. */
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

const userMay = (rule: TransitionRule, input: Pick<TransitionInput, 'system' | 'user'>): boolean =>
  (input.system || !input.user ? Boolean(rule.system) : false) ||
  (Boolean(input.user) && hasRole(input.user as UserLike, ...(rule.roles as Role[])))

/**
 * The target states reachable from `from` for this user, with whether a comment is needed and
 * whether the move is a forced one. Guards that depend on the document are checked (when a
 * document is given), the comment is not (the UI asks for it).
 */
export const allowedTransitions = (
  input: Omit<TransitionInput, 'comment' | 'force' | 'to'>,
): Array<{ to: string; requiresComment: boolean; force: boolean }> => {
  const rules = input.tables[input.machine].filter((rule) => rule.from.includes(String(input.from)))
  const out = new Map<string, { to: string; requiresComment: boolean; force: boolean }>()
  for (const rule of rules) {
    if (!userMay(rule, input)) continue
    if (input.doc) {
      const reason = runGuards({ ...rule, requiresComment: false }, { user: input.user, doc: input.doc, comment: null, req: input.req })
      if (reason) continue
    }
    const previous = out.get(rule.to)
    const entry = { to: rule.to, requiresComment: Boolean(rule.requiresComment), force: Boolean(rule.force) }
    // Prefer the ordinary (non-forced, comment-free) way when there are several.
    if (!previous || (previous.force && !entry.force) || (previous.requiresComment && !entry.requiresComment)) out.set(rule.to, entry)
  }
  return [...out.values()]
}

/** Pure check of one transition against the tables. Never throws. */
export const canTransition = (input: TransitionInput): TransitionResult => {
  const from = String(input.from ?? '')
  const allowed = allowedTransitions(input).map((entry) => entry.to)
  const candidates = input.tables[input.machine].filter((rule) => rule.from.includes(from) && rule.to === input.to)
  const list = allowed.length ? allowed.join(', ') : '—'
  if (candidates.length === 0) {
    return {
      ok: false,
      code: 'illegal',
      allowed,
      reason: `transición no permitida de «${from}» a «${input.to}»; permitidas desde «${from}»: ${list} / transition from "${from}" to "${input.to}" is not allowed; allowed from "${from}": ${list}`,
    }
  }
  const mine = candidates.filter((rule) => userMay(rule, input))
  if (mine.length === 0) {
    const roles = [...new Set(candidates.flatMap((rule) => rule.roles))].join(', ') || 'sistema / system'
    return {
      ok: false,
      code: 'role',
      allowed,
      reason: `su rol no puede pasar de «${from}» a «${input.to}» (roles: ${roles}); usted puede: ${list} / your role may not move from "${from}" to "${input.to}" (roles: ${roles}); you may: ${list}`,
    }
  }
  const ctx: GuardContext = { user: input.user, doc: input.doc ?? {}, comment: input.comment, force: input.force, req: input.req }
  // Ordinary rules first; forced ones only when asked for explicitly.
  const ordered = [...mine.filter((rule) => !rule.force), ...(input.force ? mine.filter((rule) => rule.force) : [])]
  let firstReason: null | string = null
  for (const rule of ordered) {
    const reason = runGuards(rule, ctx)
    if (!reason) return { ok: true, allowed, rule, forced: Boolean(rule.force) }
    firstReason ??= reason
  }
  if (!firstReason) {
    firstReason = `«${from}» → «${input.to}» solo como publicación forzada: envíe workflowForce: true y el motivo en workflowComment / only as a forced publication: send workflowForce: true and the reason in workflowComment`
  }
  return {
    ok: false,
    code: 'guard',
    allowed,
    reason: `transición de «${from}» a «${input.to}» rechazada: ${firstReason} / transition from "${from}" to "${input.to}" refused`,
  }
}
