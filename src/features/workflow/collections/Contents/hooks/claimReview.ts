import type { PayloadRequest } from 'payload'

import { hasRole } from '../../../../../kernel/access/index.js'
import { conflict, forbidden, invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { BUILT_IN_GUARDS } from '../../../../../kernel/machine/guards.js'
import { CONTENT_STAGE_LABELS, type ContentStage } from '../../../states.js'
import { CLAIM_CONTEXT, type ReviewClaim } from './releaseClaim.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** Roles that review contents (and so may claim a review). */
export const REVIEWER_ROLES = ['admin', 'head', 'editor'] as const

const holderOf = (claim: ReviewClaim | undefined) => {
  const by = claim?.claimedBy
  return by === null || by === undefined ? null : typeof by === 'object' ? by.id : by
}

/**
 * True when the user wrote the piece or changed it since its last approval: the same people the
 * four-eyes guard keeps from approving it may not hold (and so hide) its review either.
 */
export const isOwnWork = (user: { id: number | string }, doc: Record<string, unknown>): boolean =>
  BUILT_IN_GUARDS.fourEyes({ user, doc, req: null }) !== null

/**
 * A reviewer takes a content in review; never its author or anyone who changed it since its last
 * approval (403: the piece would vanish from the real reviewers' queue). Race-safe compare-and-set: the update only matches while
 * `reviewClaim.claimedBy` is empty (one transaction; this process's SQLite transactions run one at a
 * time, see src/platform/database/tuneSqliteTransactions.ts), then the stored holder is read back; whoever is
 * not the holder gets a 409 naming the holder. Claiming again one's own claim is idempotent.
 */
export const claimReview = async (req: PayloadRequest, id: number | string) => {
  const user = req.user
  if (!user) throw forbidden(tr(req, 'claimSignIn'))
  if (!hasRole(user, ...REVIEWER_ROLES)) throw forbidden(tr(req, 'claimNotReviewer'))
  const doc = await req.payload.findByID({ collection: SLUGS.contents, id, depth: 0, draft: true, overrideAccess: false, user, req })
  const stage = (doc as { stage?: string }).stage
  if (stage !== 'in-review') {
    const lang = req.i18n?.language === 'en' ? 'en' : 'es'
    throw invalidField('contents', 'stage', tr(req, 'claimNotInReview', { stage: CONTENT_STAGE_LABELS[stage as ContentStage]?.[lang] ?? stage }), req)
  }
  if (isOwnWork(user, doc as unknown as Record<string, unknown>)) throw forbidden(tr(req, 'claimOwn'))

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
    throw conflict(tr(req, 'claimTaken', { name: claim?.claimedByName ?? tr(req, 'claimSomeone') }))
  return { claimedBy: holder, claimedByName: claim?.claimedByName ?? name, claimedAt: claim?.claimedAt ?? claimedAt }
}
