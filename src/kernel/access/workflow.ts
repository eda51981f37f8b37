import type { Access, Where } from 'payload'

import { departmentOf, hasRole } from './hasRole.js'
import { OFFICE_ROLES } from './roles.js'

/** Office staff and auditors: everything; a requester: their own department's documents (by `field`). */
export const officeOrOwnDepartment =
  (field = 'department', alsoAuditor = true): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (hasRole(req.user, ...OFFICE_ROLES) || (alsoAuditor && hasRole(req.user, 'auditor'))) return true
    const dep = departmentOf(req.user)
    if (hasRole(req.user, 'requester') && dep !== null) return { [field]: { equals: dep } }
    return false
  }

/** The audit trail: head, admin, auditor; a requester reads the events of their department's requests. */
export const readWorkflowTrail: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'head', 'auditor')) return true
  const dep = departmentOf(req.user)
  if (hasRole(req.user, 'requester') && dep !== null) {
    const where: Where = { and: [{ collection: { equals: 'communication-requests' } }, { department: { equals: dep } }] }
    return where
  }
  return false
}

/**
 * Contents: office staff and auditors read everything (drafts included); other signed-in staff
 * read published contents (the intranet too); anonymous callers read published external ones.
 */
export const readContents: Access = ({ req }) => {
  if (hasRole(req.user, ...OFFICE_ROLES, 'auditor')) return true
  const published: Where = { _status: { equals: 'published' } }
  if (req.user) return published
  const publicOnly: Where = { and: [published, { audience: { equals: 'external' } }] }
  return publicOnly
}
