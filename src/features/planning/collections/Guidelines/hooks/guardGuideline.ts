import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden } from '../../../../../kernel/errors.js'
import { keepDerived } from '../../../ids.js'
import { assertTransition } from '../../../transitions.js'

export const GUIDELINE_TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['approved'],
  approved: ['published', 'draft'],
  published: ['withdrawn', 'draft'],
  withdrawn: ['draft'],
}

const CONTENT_FIELDS = ['title', 'body', 'summary', 'document'] as const

/**
 * Guideline lifecycle: draft → approved (by the head; each approval is a new version number)
 * → published to staff → withdrawn. Changing the text of an approved or published guideline
 * sends it back to draft (a new version needs a new approval); Payload versions keep every one.
 */
export const guardGuideline: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, context }) => {
  const next = keepDerived(data, ['versionNumber', 'approval', 'publishedAt'], context, originalDoc)
  const from = operation === 'create' ? 'draft' : originalDoc?.status
  let to = next.status ?? from
  if (operation === 'create' && !context.skipWorkflow) assertTransition('guidelines', 'status', 'draft', to, { draft: [] }, req)
  const textChanged =
    operation === 'update' &&
    CONTENT_FIELDS.some((f) => f in data && JSON.stringify(data[f] ?? null) !== JSON.stringify(originalDoc?.[f] ?? null))
  if (textChanged && from !== 'draft' && to === from) to = next.status = 'draft'
  if (operation === 'update') assertTransition('guidelines', 'status', from, to, GUIDELINE_TRANSITIONS, req)
  if (to === 'approved' && from !== 'approved') {
    if (req.user && !hasRole(req.user, 'head')) {
      throw forbidden('status: solo el jefe de la oficina aprueba lineamientos / only the head of the office approves guidelines')
    }
    next.approval = { approvedBy: req.user?.id ?? null, approvedAt: new Date().toISOString() }
    next.versionNumber = Number(originalDoc?.versionNumber ?? 0) + 1
  }
  if (to === 'published' && from !== 'published') {
    if (req.user && !hasRole(req.user, 'head', 'admin')) {
      throw forbidden('status: solo el jefe o el administrador publican lineamientos / only the head or an admin publish guidelines')
    }
    next.publishedAt = new Date().toISOString()
  }
  return next
}
