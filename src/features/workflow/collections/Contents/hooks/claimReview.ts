import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { conflict, forbidden, invalidField } from '../../../../../kernel/errors.js'
import { CLAIM_CONTEXT, type ReviewClaim } from './releaseClaim.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** Roles that review contents (and so may claim a review). */
export const REVIEWER_ROLES = ['admin', 'head', 'editor'] as const

const holderOf = (claim: ReviewClaim | undefined) => {
  const by = claim?.claimedBy
  return by === null || by === undefined ? null : typeof by === 'object' ? by.id : by
}

/**
 * A reviewer takes a content in review. Race-safe compare-and-set: the update only matches while
 * `reviewClaim.claimedBy` is empty (one transaction; this process's SQLite transactions run one at a
 * time, see src/platform/database/tuneSqliteTransactions.ts), then the stored holder is read back; whoever is
 * not the holder gets a 409 naming the holder. Claiming again one's own claim is idempotent.
 */
export const claimReview = async (req: PayloadRequest, id: number | string) => {
  const user = req.user
  if (!user) throw forbidden('reviewClaim: inicie sesión / sign in first')
  if (!hasRole(user, ...REVIEWER_ROLES))
    throw forbidden('reviewClaim: solo editores, jefatura o administración revisan contenidos / only editors, the head or admins review contents')
  const doc = await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: false, user, req })
  const stage = (doc as { stage?: string }).stage
  if (stage !== 'in-review')
    throw invalidField('contents', 'stage', `stage: solo se toma un contenido en revisión (está en "${stage}") / only a content in review can be claimed`, req)

  const name = (user as { name?: null | string }).name || (user as { email?: string }).email || String(user.id)
  const claimedAt = new Date().toISOString()
  await req.payload.update({
    collection: SLUGS.contents,
    where: { and: [{ id: { equals: id } }, { stage: { equals: 'in-review' } }, { 'reviewClaim.claimedBy': { exists: false } }] },
    data: { reviewClaim: { claimedBy: user.id, claimedByName: name, claimedAt } },
    depth: 0,
    overrideAccess: true,
    req,
    context: { [CLAIM_CONTEXT]: true },
  })
  const after = await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: true, req })
  const claim = (after as { reviewClaim?: ReviewClaim }).reviewClaim
  const holder = holderOf(claim)
  if (holder === null || String(holder) !== String(user.id))
    throw conflict(
      `reviewClaim: la revisión ya la tomó ${claim?.claimedByName ?? holder ?? 'otra persona'} / already claimed by ${claim?.claimedByName ?? holder ?? 'someone else'}`,
    )
  return { claimedBy: holder, claimedByName: claim?.claimedByName ?? name, claimedAt: claim?.claimedAt ?? claimedAt }
}
