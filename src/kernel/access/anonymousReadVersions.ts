import type { Access } from 'payload'

import { staffOnly } from './combinators.js'

/**
 * `readVersions` for collections whose public face is the published document only: anonymous
 * callers never read versions (drafts, history, `/versions`, `versionsContents` in GraphQL);
 * signed-in users get `staffRule` (default: the collection's staff read rule, passed by the caller).
 */
export const anonymousReadVersions = (staffRule: Access): Access => staffOnly(staffRule)
