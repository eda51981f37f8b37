import type { Role } from './roles.js'

import { OFFICE_ROLES } from './roles.js'

/**
 * Who may do what in monitoring (issue 5). Role lists, so collections, fields and endpoints
 * combine them with `allowRoles` / `hasRole`. Requesters see nothing here; anonymous never.
 */
/** Read media outlets, mentions, social accounts and metrics, and the monitoring report. */
export const MONITORING_READERS: readonly Role[] = [...OFFICE_ROLES, 'auditor']
/** Enter and import media mentions; manage the outlets directory. */
export const MENTION_EDITORS: readonly Role[] = ['admin', 'head', 'editor']
/** Manage institutional social accounts; enter and import their metrics. */
export const SOCIAL_EDITORS: readonly Role[] = ['admin', 'head', 'community']
/** See who read what on the intranet (personal data): per-person read records. */
export const READ_RECORD_READERS: readonly Role[] = ['admin', 'head', 'auditor']
