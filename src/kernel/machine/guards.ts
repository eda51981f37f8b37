import type { GuardFn } from './types.js'

import { departmentOf, type UserLike } from '../access/hasRole.js'
import { tr } from '../i18n/index.js'
import { idOf } from '../ids.js'

/** The review checklist's items (Contents' `reviewChecklist`) and their messages. */
const CHECKLIST_ITEMS = {
  factsVerified: 'checklistFactsVerified',
  sourcesAttributed: 'checklistSourcesAttributed',
  spellingChecked: 'checklistSpellingChecked',
  imageRightsChecked: 'checklistImageRightsChecked',
  brandApplied: 'checklistBrandApplied',
} as const

/**
 * The built-in guards a table may name. Each returns null (passes) or the reason it refuses, in
 * the caller's language. A machine adds its own with `guards` in its definition.
 */
export const BUILT_IN_GUARDS = {
  /** Nobody who wrote the document or changed it since its last approval approves it. */
  fourEyes: ({ user, doc, req }) => {
    const me = idOf(user?.id)
    if (!me) return null
    // Everyone who changed the piece since its last approval, plus its author and last editor.
    const changers = [doc.createdBy, doc.lastEditedBy, ...(Array.isArray(doc.editedSinceApproval) ? doc.editedSinceApproval : [])]
      .map(idOf)
      .filter((id) => id !== null)
      .map(String)
    // The refusal speaks to the caller, the one who may not approve: it names nobody by id.
    return changers.includes(String(me)) ? tr(req, 'fourEyes') : null
  },
  /** The document's `department` is the user's. */
  ownDepartment: ({ user, doc, req }) => {
    const mine = idOf(departmentOf(user as UserLike))
    return mine && mine === idOf(doc.department) ? null : tr(req, 'guardOwnDepartment')
  },
  /** The user filed the document (`requestedBy`). */
  ownRequest: ({ user, doc, req }) => (idOf(user?.id) && idOf(user?.id) === idOf(doc.requestedBy) ? null : tr(req, 'guardOwnRequest')),
  /** `satisfaction.score` is an integer from 1 to 5. */
  rated: ({ doc, req }) => {
    const score = Number((doc.satisfaction as { score?: unknown } | undefined)?.score)
    return Number.isInteger(score) && score >= 1 && score <= 5 ? null : tr(req, 'guardRated')
  },
  /** Every item of `reviewChecklist` is ticked. */
  checklistComplete: ({ doc, req }) => {
    const list = (doc.reviewChecklist ?? {}) as Record<string, unknown>
    // The items by their names in the caller's language, never by field key.
    const missing = Object.entries(list)
      .filter(([, v]) => v !== true)
      .map(([k]) => (k in CHECKLIST_ITEMS ? tr(req, CHECKLIST_ITEMS[k as keyof typeof CHECKLIST_ITEMS]) : k))
    return Object.keys(list).length > 0 && missing.length === 0 ? null : tr(req, 'guardChecklist', { missing: missing.length ? ` (${missing.join(', ')})` : '' })
  },
} satisfies Record<string, GuardFn>

export type BuiltInGuardName = keyof typeof BUILT_IN_GUARDS
