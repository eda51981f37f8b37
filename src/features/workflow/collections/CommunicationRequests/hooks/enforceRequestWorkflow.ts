import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { departmentOf, hasRole, OFFICE_ROLES, ROLE_LABELS } from '../../../../../kernel/access/index.js'
import { forbidden, paramError } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { actingUser, authorizeTransition } from '../../../../../kernel/machine/authorizeTransition.js'
import { holdState } from '../../../../../kernel/machine/holdState.js'
import { stateLabel } from '../../../../../kernel/machine/canTransition.js'
import { fieldLabelOf, labelIn } from '../../../../../kernel/admin/stateLabels.js'
import { changedFields, commentOf, sameValue } from '../../../../../kernel/machine/compare.js'
import { type PendingTransition, setPending, skipsWorkflow } from '../../../../../kernel/machine/context.js'
import { type ProductCoverage, requestCoverage, WORKING_STATUSES } from '../../../delivery.js'
import { workflowError } from '../../../../../kernel/machine/errors.js'
import { nextRequestCode } from '../../../requestCode.js'
import { dueDateFor } from '../../../sla.js'
import { OPEN_REQUEST_STATUSES, requestMachine } from '../../../machines/requests.js'
import { idOf, sameIds } from '../../../../../kernel/ids.js'

const SLUG = 'communication-requests'

/** Who waives a requested product (DESIGN.md: the head), with the administrator. */
const WAIVER_ROLES = ['admin', 'head'] as const

/** Fields a requester may still edit while the request is waiting for triage (submitted / needs-info). */
const WORKFLOW_FIELDS = new Set([
  'status', 'workflowComment', 'workflowWaive', 'assignees', 'dueDate', 'acceptedAt', 'deliveredAt', 'closedAt', 'satisfaction',
  'code', 'updatedAt', 'createdAt', 'id', 'deliverables', 'trafficLight', 'waivers',
])

const scoreOf = (doc: Record<string, unknown> | undefined): null | number => {
  const score = (doc?.satisfaction as { score?: unknown } | undefined)?.score
  return score === null || score === undefined || score === '' ? null : Number(score)
}

const describe = (c: ProductCoverage) => `${c.product.type}${c.product.id ? ` (${c.product.id})` : ''}`

/**
 * A waiver asked for with `workflowWaive` (a product's id, or its type when one such product is
 * pending): head/admin only, with the reason in `workflowComment`, on a request whose work is
 * under way, for a product not yet delivered nor waived.
 */
const decideWaiver = async (
  req: PayloadRequest,
  value: unknown,
  doc: Record<string, unknown> & { id?: number | string },
  status: string,
  comment: null | string,
): Promise<NonNullable<PendingTransition['waiver']>> => {
  const user = actingUser(req)
  if (user && !hasRole(user, ...WAIVER_ROLES)) throw paramError(req, 'workflowWaive', tr(req, 'waiveRole', { roles: WAIVER_ROLES.map((role) => labelIn(ROLE_LABELS[role], req.i18n?.language ?? 'es')).join(', ') }), 403, SLUG)
  if (typeof value !== 'string' || !value.trim()) throw workflowError(SLUG, 'workflowWaive', tr(req, 'waiveInvalid'), req)
  if (!WORKING_STATUSES.includes(status as never)) throw workflowError(SLUG, 'workflowWaive', tr(req, 'waiveNotOpen', { status }), req)
  if (!comment) throw workflowError(SLUG, 'workflowComment', tr(req, 'waiveReason'), req)
  const { coverage } = await requestCoverage(req, doc)
  const pending = coverage.filter((c) => c.state === 'pending' && c.product.id)
  const wanted = value.trim()
  const target = pending.find((c) => String(c.product.id) === wanted) ?? pending.find((c) => c.product.type === wanted)
  if (!target) {
    throw workflowError(SLUG, 'workflowWaive', tr(req, 'waiveUnknown', { product: wanted, pending: pending.map(describe).join(', ') || '—' }), req)
  }
  return { product: String(target.product.id), type: target.product.type, reason: comment }
}

/** Delivery needs every requested product delivered (published deliverable) or waived. */
const checkDelivery = async (req: PayloadRequest, from: string, doc: Record<string, unknown> & { id?: number | string }) => {
  const { coverage } = await requestCoverage(req, doc)
  const missing = coverage.filter((c) => c.state === 'pending')
  if (missing.length) throw workflowError(SLUG, 'status', tr(req, 'deliveryIncomplete', { from, missing: missing.map(describe).join(', ') }), req)
  if (!coverage.some((c) => c.state === 'delivered')) throw workflowError(SLUG, 'status', tr(req, 'deliveryNothingPublished', { from }), req)
}

/**
 * The request machine, enforced on every save (Local API, REST, GraphQL, admin): a change of
 * `status` must be a transition of the table for the user's role, with its guards and comment;
 * otherwise 400/403 naming from/to and what is allowed, and nothing is written. Also: the
 * code on creation, the requester's department rules, the SLA due date on acceptance, the rating
 * that closes a delivered request, delivery only when every requested product is delivered or
 * waived, the head's waivers (`workflowWaive`), and comments sent without a transition. The
 * audit rows and the side effects are written by `afterRequestChange`, in the same transaction.
 */
export const enforceRequestWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const user = actingUser(req)
    const comment = commentOf(data, SLUG, req)
    const waive = data.workflowWaive
    delete data.workflowComment
    delete data.workflowWaive

    if (operation === 'create') {
      if (!data.code) data.code = await nextRequestCode(req)
      if (skipsWorkflow(req)) return data
      if (waive !== undefined && waive !== null && waive !== '') throw workflowError(SLUG, 'workflowWaive', tr(req, 'waiveNotOpen', { status: 'submitted' }), req)
      if (user && !hasRole(user, ...OFFICE_ROLES)) {
        if (!hasRole(user, 'requester')) throw forbidden(tr(req, 'requestRoleCannotFile'))
        const dep = departmentOf(user)
        if (dep === null) {
          throw workflowError(SLUG, 'department', tr(req, 'requestUserNoDepartment'), req)
        }
        if (data.department && String(idOf(data.department)) !== String(dep)) {
          throw workflowError(SLUG, 'department', tr(req, 'requestOwnDepartment'), req)
        }
        data.department = dep
        data.requestedBy = user.id
      } else if (user && !data.requestedBy) {
        data.requestedBy = user.id
      }
      data.status = 'submitted'
      const assignees = Array.isArray(data.assignees) ? data.assignees.map(idOf).filter((id): id is number | string => id !== null) : []
      setPending(req, SLUG, null, {
        kind: 'created',
        from: null,
        to: 'submitted',
        comment,
        forced: false,
        assigneesChanged: assignees.length > 0,
        addedAssignees: assignees,
      })
      return data
    }

    if (skipsWorkflow(req)) return data

    const from = String(originalDoc?.status ?? 'submitted')
    let to = String(data.status ?? from)

    // A waiver of a requested product (head), stored on the request and recorded in the trail.
    let waiver: PendingTransition['waiver']
    if (waive !== undefined && waive !== null && waive !== '') {
      waiver = await decideWaiver(req, waive, { ...originalDoc, ...data }, from, comment)
      const previous = Array.isArray(originalDoc?.waivers) ? originalDoc.waivers : []
      data.waivers = [...previous, { ...waiver, by: user?.id ?? null, at: new Date().toISOString() }]
    }

    // Rating a delivered request closes it.
    const scoreChanged = scoreOf(data) !== scoreOf(originalDoc)
    if (scoreChanged && from === 'delivered' && to === 'delivered') {
      to = 'closed'
      data.status = 'closed'
    }
    if (scoreChanged && !(from === 'delivered' && to === 'closed')) {
      throw workflowError(SLUG, 'satisfaction.score', tr(req, 'requestRateDelivered', { delivered: stateLabel(requestMachine(options), 'delivered', req), closed: stateLabel(requestMachine(options), 'closed', req) }), req)
    }
    // What was asked for is fixed once the office took the request: only the head changes it then.
    const productsChanged = 'products' in data && !sameValue(data.products, originalDoc?.products)
    if (productsChanged && !['needs-info', 'submitted'].includes(from) && user && !hasRole(user, ...WAIVER_ROLES)) {
      throw forbidden(tr(req, 'productsLocked', {
        field: fieldLabelOf(req.payload.collections[SLUG]?.config.fields, 'products', req.i18n?.language ?? 'es'),
        status: stateLabel(requestMachine(options), from, req),
        roles: WAIVER_ROLES.map((role) => labelIn(ROLE_LABELS[role], req.i18n?.language ?? 'es')).join(', '),
      }))
    }
    const resync = productsChanged && WORKING_STATUSES.includes(from as never)
    const assigneesChanged = !sameIds(data.assignees, originalDoc?.assignees)
    const before = new Set((Array.isArray(originalDoc?.assignees) ? originalDoc.assignees : []).map((a: unknown) => String(idOf(a))))
    const addedAssignees = assigneesChanged
      ? (Array.isArray(data.assignees) ? data.assignees : []).map(idOf).filter((id: null | number | string): id is number | string => id !== null && !before.has(String(id)))
      : []

    if (to !== from) {
      const decided = authorizeTransition({
        machine: requestMachine(options), req, from, to,
        doc: { ...originalDoc, ...data }, id: originalDoc?.id, comment,
      })
      // One transition at a time per request, whichever instance serves it (a racing one gets 409).
      if (originalDoc?.id !== undefined) await holdState(req, SLUG, originalDoc.id, 'status', from)
      if (to === 'delivered') await checkDelivery(req, from, { ...originalDoc, ...data })
      const now = new Date().toISOString()
      if (to === 'accepted') {
        data.acceptedAt = now
        data.dueDate = dueDateFor(data.products, now, options.workflow.sla)
      }
      if (to === 'delivered') data.deliveredAt = now
      if (to === 'closed' || to === 'cancelled' || to === 'rejected') data.closedAt = now
      if (assigneesChanged && !OPEN_REQUEST_STATUSES.includes(to as never)) {
        throw workflowError(SLUG, 'assignees', tr(req, 'requestAssignOpen'), req)
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'transition', from, to, ...decided, assigneesChanged, addedAssignees, waiver })
      return data
    }

    if (assigneesChanged) {
      if (!OPEN_REQUEST_STATUSES.includes(from as never)) {
        throw workflowError(SLUG, 'assignees', tr(req, 'requestAssignOpenIs', { status: stateLabel(requestMachine(options), from, req) }), req)
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'assignment', from, to: from, comment, forced: false, assigneesChanged: true, addedAssignees, waiver, resync })
      return data
    }

    // A plain edit: a requester edits only while the request waits for triage.
    if (user && !hasRole(user, ...OFFICE_ROLES) && !['needs-info', 'submitted'].includes(from)) {
      const changed = changedFields(data, originalDoc ?? {}, WORKFLOW_FIELDS)
      if (changed.length) {
        throw forbidden(
          tr(req, 'requestLockedForRequester', {
            field: fieldLabelOf(req.payload.collections[SLUG]?.config.fields, changed[0]!, req.i18n?.language ?? 'es'),
            status: stateLabel(requestMachine(options), from, req),
          }),
        )
      }
    }
    if (waiver) setPending(req, SLUG, originalDoc?.id, { kind: 'waiver', from, to: from, comment, forced: false, waiver, resync })
    // A comment without a transition is kept in the trail (the liaison's and the office's alike).
    else if (comment || resync) setPending(req, SLUG, originalDoc?.id, { kind: 'comment', from, to: from, comment, forced: false, resync })
    return data
  }
