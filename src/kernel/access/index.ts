export { authenticated, nobody, nobodyField } from './basics.js'
export { allowRoles, allowRolesForField } from './byRole.js'
export { departmentOf, hasRole, type UserLike } from './hasRole.js'
export { OFFICE_ROLES, type Role, ROLE_LABELS, ROLES, STAFF_ROLES } from './roles.js'
export { officeAndAuditors, readGuidelines } from './planning.js'
export { officeOrOwnDepartment, readContents, readWorkflowTrail } from './workflow.js'
export { MENTION_EDITORS, MONITORING_READERS, READ_RECORD_READERS, SOCIAL_EDITORS } from './monitoring.js'
export { publicArchiveWhere, readArchiveAssets, SETTLED_CONSENT } from './archiveAssets.js'
export { anonymousReadVersions } from './anonymousReadVersions.js'
export { allOf, anonymousOr, anyOf, staffOnly, whereAccess } from './combinators.js'
export { PUBLISHED_ANY_AUDIENCE, PUBLISHED_EXTERNAL, publishedExternalOrStaff } from './publishedExternalOrStaff.js'
export { staffOnlyField } from './staffOnlyField.js'
export { PERSONAL_DATA_ROLES, personalDataField } from './personalData.js'
export { ACCESS_DECISION_KEY, decidedOnce, rememberAccessDecision } from './decidedOnce.js'
export {
  everyone,
  officeAndAuditorsField,
  PUBLIC_BRAND_ASSETS,
  PUBLIC_CAMPAIGNS,
  PUBLIC_PLANS,
  publicOr,
  withPublicFields,
} from './publicFace.js'
