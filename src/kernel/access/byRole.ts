import type { Access, FieldAccess } from 'payload'

import type { Role } from './roles.js'

import { hasRole } from './hasRole.js'

/** Collection access granted to any of the given roles. */
export const allowRoles =
  (...roles: readonly Role[]): Access =>
  ({ req }) =>
    hasRole(req.user, ...roles)

/** Field access granted to any of the given roles. */
export const allowRolesForField =
  (...roles: readonly Role[]): FieldAccess =>
  ({ req }) =>
    hasRole(req.user, ...roles)
