import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { departmentOf, hasRole, OFFICE_ROLES } from '../../../../../kernel/access/index.js'
import { forbidden } from '../../../../../kernel/errors.js'
import { actingUser, authorizeTransition } from '../../../../../kernel/machine/authorizeTransition.js'
import { changedFields, commentOf, idOf, sameIds } from '../../../../../kernel/machine/compare.js'
import { setPending, skipsWorkflow } from '../../../../../kernel/machine/context.js'
import { workflowError } from '../../../../../kernel/machine/errors.js'
import { nextRequestCode } from '../../../requestCode.js'
import { dueDateFor } from '../../../sla.js'
import { OPEN_REQUEST_STATUSES } from '../../../tables.js'

const SLUG = 'communication-requests'

/** Fields a requester may still edit while the request is waiting for triage (submitted / needs-info). */
const WORKFLOW_FIELDS = new Set([
  'status', 'workflowComment', 'assignees', 'dueDate', 'acceptedAt', 'deliveredAt', 'closedAt', 'satisfaction',
  'code', 'updatedAt', 'createdAt', 'id', 'deliverables', 'trafficLight',
])

const scoreOf = (doc: Record<string, unknown> | undefined): null | number => {
  const score = (doc?.satisfaction as { score?: unknown } | undefined)?.score
  return score === null || score === undefined || score === '' ? null : Number(score)
}

/**
 * The request machine, enforced on every save (Local API, REST, GraphQL, admin): a change of
 * `status` must be a transition of the table for the user's role, with its guards and comment;
 * otherwise 400/403 naming from/to and what is allowed, and nothing is written. Also: the
 * code on creation, the requester's department rules, the SLA due date on acceptance, and the
 * rating that closes a delivered request. The audit row and the side effects are written by
 * `afterRequestChange`, in the same transaction.
 */
export const enforceRequestWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const user = actingUser(req)
    const comment = commentOf(data, SLUG)
    delete data.workflowComment

    if (operation === 'create') {
      if (!data.code) data.code = await nextRequestCode(req)
      if (skipsWorkflow(req)) return data
      if (user && !hasRole(user, ...OFFICE_ROLES)) {
        if (!hasRole(user, 'requester')) throw forbidden('communication-requests: su rol no radica solicitudes / your role does not file requests')
        const dep = departmentOf(user)
        if (dep === null) {
          throw workflowError(SLUG, 'department', 'department: su usuario no pertenece a ninguna dependencia / your account belongs to no department')
        }
        if (data.department && String(idOf(data.department)) !== String(dep)) {
          throw workflowError(SLUG, 'department', 'department: solo puede radicar solicitudes de su propia dependencia / you may only file requests for your own department')
        }
        data.department = dep
        data.requestedBy = user.id
      } else if (user && !data.requestedBy) {
        data.requestedBy = user.id
      }
      data.status = 'submitted'
      setPending(req, SLUG, null, {
        kind: 'created',
        from: null,
        to: 'submitted',
        comment,
        forced: false,
        assigneesChanged: Array.isArray(data.assignees) && data.assignees.length > 0,
      })
      return data
    }

    if (skipsWorkflow(req)) return data

    const from = String(originalDoc?.status ?? 'submitted')
    let to = String(data.status ?? from)

    // Rating a delivered request closes it.
    const scoreChanged = scoreOf(data) !== scoreOf(originalDoc)
    if (scoreChanged && from === 'delivered' && to === 'delivered') {
      to = 'closed'
      data.status = 'closed'
    }
    if (scoreChanged && !(from === 'delivered' && to === 'closed')) {
      throw workflowError(SLUG, 'satisfaction.score', 'satisfaction.score: solo se califica una solicitud entregada, al cerrarla / only a delivered request is rated, when it is closed')
    }
    const assigneesChanged = !sameIds(data.assignees, originalDoc?.assignees)

    if (to !== from) {
      const decided = authorizeTransition({
        options, machine: 'request', collection: SLUG, field: 'status', req, from, to,
        doc: { ...originalDoc, ...data }, id: originalDoc?.id, comment,
      })
      const now = new Date().toISOString()
      if (to === 'accepted') {
        data.acceptedAt = now
        data.dueDate = dueDateFor(data.products, now, options.workflow.sla)
      }
      if (to === 'delivered') data.deliveredAt = now
      if (to === 'closed' || to === 'cancelled' || to === 'rejected') data.closedAt = now
      if (assigneesChanged && !OPEN_REQUEST_STATUSES.includes(to as never)) {
        throw workflowError(SLUG, 'assignees', 'assignees: solo se asigna una solicitud abierta / only an open request is assigned')
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'transition', from, to, ...decided, assigneesChanged })
      return data
    }

    if (assigneesChanged) {
      if (!OPEN_REQUEST_STATUSES.includes(from as never)) {
        throw workflowError(SLUG, 'assignees', `assignees: la solicitud está «${from}»; solo se asigna una solicitud abierta / the request is "${from}"; only an open request is assigned`)
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'assignment', from, to: from, comment, forced: false, assigneesChanged: true })
      return data
    }

    // A plain edit: a requester edits only while the request waits for triage.
    if (user && !hasRole(user, ...OFFICE_ROLES) && !['needs-info', 'submitted'].includes(from)) {
      const changed = changedFields(data, originalDoc ?? {}, WORKFLOW_FIELDS)
      if (changed.length) {
        throw forbidden(`${changed[0]}: una solicitud «${from}» ya no la edita el solicitante / a "${from}" request can no longer be edited by its requester`)
      }
    }
    return data
  }
