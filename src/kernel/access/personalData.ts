import type { FieldAccess } from 'payload'

import type { Role } from './roles.js'

import { allowRolesForField } from './byRole.js'

/**
 * Who handles the personal data of the people in the archive (Ley 1581/2012, data minimisation):
 * their names, image-use consents, minors and guardians. Requesters, community managers and
 * editors never read it (they see the asset, not who is in it); anonymous callers neither.
 */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['admin', 'head', 'designer', 'producer', 'auditor']

/** Field read (and query, sort, select) for those roles only. */
export const personalDataField: FieldAccess = allowRolesForField(...PERSONAL_DATA_ROLES)
