import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden, invalidField } from '../../../../../kernel/errors.js'
import { idOf, keepDerived, sameId } from '../../../ids.js'
import { assertTransition } from '../../../transitions.js'

export const ACTION_TRANSITIONS: Record<string, readonly string[]> = {
  open: ['in-progress'],
  'in-progress': ['done'],
  done: ['verified-effective', 'not-effective', 'in-progress'],
  'verified-effective': [],
  'not-effective': [],
}

const VERDICTS = ['verified-effective', 'not-effective']

/**
 * Corrective/preventive/improvement action lifecycle: open → in progress → done → verified
 * effective | not effective. Closing requires an effectiveness check (a note) by the head or an
 * admin who is NOT the responsible; the checker and time are stamped by the system.
 * The responsible moves the work (open → in progress → done); verdicts are final.
 */
export const guardLifecycle: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, ['doneAt', 'effectiveness'], context, originalDoc)
  // Only the note of the effectiveness check is written by people.
  const note = data.effectiveness?.note
  const from = operation === 'create' ? 'open' : originalDoc?.status
  const to = next.status ?? from
  if (operation === 'create') assertTransition('improvement-actions', 'status', 'open', to, { open: [] }, req)
  else assertTransition('improvement-actions', 'status', from, to, ACTION_TRANSITIONS, req)
  const responsible = idOf(next.responsible ?? originalDoc?.responsible)
  if (req.user && operation === 'update' && from !== to && !VERDICTS.includes(to)) {
    if (!hasRole(req.user, 'head', 'admin') && !sameId(req.user.id, responsible)) {
      throw forbidden('status: solo el responsable o el jefe mueven la acción / only the responsible or the head move the action')
    }
  }
  if (to === 'done' && from !== 'done') next.doneAt = new Date().toISOString()
  if (to === 'in-progress' && from === 'done') next.doneAt = null
  if (VERDICTS.includes(to) && from !== to) {
    if (!req.user) {
      throw forbidden('status: la verificación de eficacia la hace una persona / an effectiveness check is made by a person')
    }
    if (sameId(req.user.id, responsible)) {
      throw forbidden('status: la eficacia la verifica alguien distinto del responsable / effectiveness must be checked by someone other than the responsible')
    }
    if (!hasRole(req.user, 'head', 'admin')) {
      throw forbidden('status: solo el jefe o el administrador verifican la eficacia / only the head or an admin check effectiveness')
    }
    if (!String(note ?? '').trim()) {
      throw invalidField('improvement-actions', 'effectiveness.note', 'effectiveness.note: la verificación de eficacia requiere una nota con la evidencia / an effectiveness check requires a note with its evidence', req)
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
