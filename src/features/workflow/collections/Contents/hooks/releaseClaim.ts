import type { FieldHook, PayloadRequest } from 'payload'

import { forbidden } from '../../../../../kernel/errors.js'
import { hasRole } from '../../../../../kernel/access/index.js'
import { SLUGS } from '../../../../../kernel/slugs.js'
import { tr } from '../../../../../kernel/i18n/index.js'

export type ReviewClaim = { claimedBy?: null | number | string | { id: number | string }; claimedByName?: null | string; claimedAt?: null | string }

/** Set by the claim/release code only: lets a claim change through the guard below. */
export const CLAIM_CONTEXT = 'pregoneroReviewClaim'

const EMPTY: ReviewClaim = { claimedBy: null, claimedByName: null, claimedAt: null }

const plain = (claim: ReviewClaim | null | undefined): ReviewClaim => {
  const by = claim?.claimedBy
  return {
    claimedBy: by && typeof by === 'object' ? by.id : (by ?? null),
    claimedByName: claim?.claimedByName ?? null,
    claimedAt: claim?.claimedAt ?? null,
  }
}

/**
 * Field hook of the `reviewClaim` group. A claim changes only through the claim/release code
 * (req.context flag); any other save keeps the stored claim, except that a content leaving
 * `in-review` (a decision: approved, changes requested...) loses its claim.
 */
export const guardReviewClaim: FieldHook = ({ value, originalDoc, data, req }) => {
  if (req.context?.[CLAIM_CONTEXT] === true) return value
  const from = (originalDoc as { stage?: string } | undefined)?.stage
  const to = (data as { stage?: string } | undefined)?.stage ?? from
  if (from === 'in-review' && to !== 'in-review') return { ...EMPTY }
  if (to !== 'in-review') return { ...EMPTY }
  return plain((originalDoc as { reviewClaim?: ReviewClaim } | undefined)?.reviewClaim)
}

/** Releases a claim: by its holder, or by the head / an admin. Returns the content's id. */
export const releaseClaim = async (req: PayloadRequest, id: number | string): Promise<{ released: boolean }> => {
  const user = req.user
  if (!user) throw forbidden(tr(req, 'claimSignIn'))
  const doc = await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: false, user, req })
  const claim = plain((doc as { reviewClaim?: ReviewClaim }).reviewClaim)
  if (claim.claimedBy === null) return { released: false }
  const holder = String(claim.claimedBy) === String(user.id)
  if (!holder && !hasRole(user, 'head', 'admin'))
    throw forbidden(tr(req, 'claimReleaseOnlyHolder', { name: claim.claimedByName ?? claim.claimedBy }))
  await req.payload.update({
    collection: SLUGS.contents,
    where: { and: [{ id: { equals: id } }, { 'reviewClaim.claimedBy': { equals: claim.claimedBy } }] },
    data: { reviewClaim: { ...EMPTY } } as never,
    depth: 0,
    overrideAccess: true,
    req,
    context: { [CLAIM_CONTEXT]: true },
  })
  return { released: true }
}
