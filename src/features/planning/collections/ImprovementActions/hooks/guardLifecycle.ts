import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden, invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { keepDerived } from '../../../derivedFields.js'
import { isResponsible, VERDICTS } from '../../../machines/improvementActions.js'

/**
 * Corrective/preventive/improvement action lifecycle (the machine,
 * src/features/planning/machines/improvementActions.ts, judges every move after this hook): the
 * responsible moves the work (others get a 403 naming the rule); closing requires an effectiveness
 * check — a note (the transition's comment serves) — by someone who is NOT the responsible (the
 * machine leaves verdicts to the head or an admin); the checker and time are stamped. Verdicts are final.
 */
export const guardLifecycle: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, ['doneAt', 'effectiveness'], context, originalDoc)
  // Only the note of the effectiveness check is written by people (the panel sends it as the comment).
  const note = data.effectiveness?.note ?? data.workflowComment
  const from = operation === 'create' ? 'open' : originalDoc?.status
  const to = next.status ?? from
  // A new action starts open: the machine refuses any other state before anything is stamped.
  if (operation === 'create' || from === to) return next
  const guarded = { user: req.user, doc: { ...originalDoc, ...next } }
  if (req.user && !VERDICTS.includes(to)) {
    if (!hasRole(req.user, 'head', 'admin') && !isResponsible(guarded)) {
      throw forbidden(tr(req, 'improvementMoveRole'))
    }
  }
  if (to === 'done') next.doneAt = new Date().toISOString()
  if (to === 'in-progress' && from === 'done') next.doneAt = null
  if (VERDICTS.includes(to)) {
    if (!req.user) {
      throw forbidden(tr(req, 'improvementCheckByPerson'))
    }
    if (isResponsible(guarded)) {
      throw forbidden(tr(req, 'improvementCheckNotResponsible'))
    }
    if (!String(note ?? '').trim()) {
      throw invalidField('improvement-actions', 'effectiveness.note', tr(req, 'improvementCheckNote'), req)
    }
    next.effectiveness = {
      result: to === 'verified-effective' ? 'effective' : 'not-effective',
      note,
      checkedBy: req.user.id,
      checkedAt: new Date().toISOString(),
    }
  }
  return next
}
