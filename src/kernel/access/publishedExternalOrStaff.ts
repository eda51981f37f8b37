import type { Access, Where } from 'payload'

import { anonymousOr, anyOf, whereAccess } from './combinators.js'
// Ley 1712/2014: classified and reserved contents are never public (issue 18).
import { PUBLIC_CLASSIFICATION } from '../../features/compliance/classification.js'

/** The set the public website may see: published (main document) AND audience external AND classified public. */
export const PUBLISHED_EXTERNAL: Where = {
  and: [{ _status: { equals: 'published' } }, { audience: { equals: 'external' } }, PUBLIC_CLASSIFICATION],
}

/** What any signed-in member of staff reads on top of their role (the intranet): every published content. */
export const PUBLISHED_ANY_AUDIENCE: Where = { _status: { equals: 'published' } }

/**
 * Read access of `contents` (and of anything shaped like it: `_status` + `audience`):
 * - anonymous callers: only published AND external contents, whatever they ask for (the Where is
 *   ANDed by Payload with their query, by id, in counts, in GraphQL, in `draft=true` reads and when
 *   the collection is reached through a relationship's `depth`);
 * - signed-in staff: every published content (external and internal: the intranet) OR what their
 *   role already reads (`staffRule`, the collection's own rule, e.g. office roles read drafts).
 */
export const publishedExternalOrStaff = (staffRule: Access = () => false): Access =>
  anonymousOr({
    anonymous: PUBLISHED_EXTERNAL,
    staff: anyOf(whereAccess(PUBLISHED_ANY_AUDIENCE), staffRule),
  })
