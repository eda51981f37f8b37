import type { Access } from 'payload'

import { hasRole, OFFICE_ROLES } from '../../../../kernel/access/index.js'

/**
 * Office staff and auditors see the directory (assignment needs it); a liaison sees only
 * their own account; anonymous callers see nobody.
 */
export const readUsers: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, ...OFFICE_ROLES, 'auditor')) return true
  return { id: { equals: req.user.id } }
}
