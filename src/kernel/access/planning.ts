import type { Access } from 'payload'

import { hasRole } from './hasRole.js'
import { OFFICE_ROLES } from './roles.js'

/** Office staff and oversight (internal control): who reads plans, indicators, risks and reports. */
export const officeAndAuditors: Access = ({ req }) => hasRole(req.user, ...OFFICE_ROLES, 'auditor')

/**
 * Guidelines: office staff and auditors read every version; any other signed-in staff member
 * reads only the ones published to staff.
 */
export const readGuidelines: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, ...OFFICE_ROLES, 'auditor')) return true
  return { status: { equals: 'published' } }
}
