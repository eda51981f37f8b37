export { authenticated, nobody, nobodyField } from './basics.js'
export { allowRoles, allowRolesForField } from './byRole.js'
export { departmentOf, hasRole, type UserLike } from './hasRole.js'
export { OFFICE_ROLES, type Role, ROLE_LABELS, ROLES, STAFF_ROLES } from './roles.js'
