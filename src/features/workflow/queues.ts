import type { Payload, TypedUser, Where } from 'payload'

import type { Role } from '../../kernel/access/roles.js'

import { hasRole } from '../../kernel/access/index.js'
import { departmentOf } from '../../kernel/access/hasRole.js'
import { isOwnWork } from './collections/Contents/hooks/claimReview.js'
import { SLUGS } from '../../kernel/slugs.js'

/**
 * The queues of the role homes ("Mi trabajo"): what each person can act on next. Every query runs
 * with the user's own access (what they may not read is not there).
 */

type Options = { limit?: number; now?: string }
type Found<T> = { docs: T[] }
type ContentDoc = { id: number | string; title: string; stage?: string } & Record<string, unknown>

const access = (user: TypedUser) => ({ overrideAccess: false as const, user, depth: 0 })

/** Who may publish (the plugin's `workflow.publishRoles`, recorded in the config's `custom`). */
export const publishRolesOf = (payload: Payload): readonly Role[] =>
  ((payload.config.custom as { pregonero?: { publishRoles?: Role[] } } | undefined)?.pregonero?.publishRoles ?? ['head']) as Role[]

const notMine = (field: string, id: number | string): Where => ({ or: [{ [field]: { exists: false } }, { [field]: { not_equals: id } }] })

/**
 * "Revisiones que me esperan": contents in review that are free or claimed by me, never my own
 * work (written by me, or changed by me since their last approval: four-eyes would refuse my
 * approval, and my claim would hide the piece from the real reviewers).
 */
export const reviewQueue = async (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}): Promise<ContentDoc[]> => {
  if (!hasRole(user, 'admin', 'head', 'editor')) return []
  const found = (await payload.find({
    collection: SLUGS.contents,
    where: {
      and: [
        { stage: { equals: 'in-review' } },
        { or: [{ 'reviewClaim.claimedBy': { exists: false } }, { 'reviewClaim.claimedBy': { equals: user.id } }] },
        notMine('createdBy', user.id),
        notMine('lastEditedBy', user.id),
      ],
    },
    sort: 'updatedAt',
    // Changers since approval are a hasMany list: filtered below, so read a few more.
    limit: limit * 3,
    draft: true,
    ...access(user),
  })) as unknown as Found<ContentDoc>
  return found.docs.filter((doc) => !isOwnWork(user as { id: number | string }, doc)).slice(0, limit)
}

/** New requests waiting for triage (the head's). */
export const triageQueue = (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}) =>
  payload.find({ collection: SLUGS.communicationRequests, where: { status: { equals: 'submitted' } }, sort: 'createdAt', limit, ...access(user) })

/** Approved contents waiting for publication (for whoever may publish). */
export const toPublishQueue = (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}) =>
  payload.find({ collection: SLUGS.contents, where: { stage: { equals: 'approved' } }, sort: 'updatedAt', limit, draft: true, ...access(user) })

/** Forced publications nobody has reviewed yet. */
export const forcedToReviewQueue = (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}) =>
  payload.find({
    collection: SLUGS.workflowEvents,
    where: { and: [{ forced: { equals: true } }, { reviewedAt: { exists: false } }] },
    sort: '-at',
    limit,
    ...access(user),
  })

/** My contents the reviewers sent back with changes requested. */
export const changesRequestedQueue = (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}) =>
  payload.find({
    collection: SLUGS.contents,
    where: { and: [{ stage: { equals: 'changes-requested' } }, { or: [{ createdBy: { equals: user.id } }, { lastEditedBy: { equals: user.id } }, { 'request.assignees': { in: [user.id] } }] }] },
    sort: 'updatedAt',
    limit,
    draft: true,
    ...access(user),
  })

/** Requests of mine (or my department's) where the office waits for me: information asked, delivery to rate. */
export const requesterActionQueue = (payload: Payload, user: TypedUser, { limit = 8 }: Options = {}) => {
  const department = departmentOf(user)
  const mine: Where[] = [{ requestedBy: { equals: user.id } }]
  if (department !== null) mine.push({ department: { equals: department } })
  return payload.find({
    collection: SLUGS.communicationRequests,
    where: { and: [{ status: { in: ['needs-info', 'delivered'] } }, { or: mine }] },
    sort: 'updatedAt',
    limit,
    ...access(user),
  })
}

/** Contents published in the last days (what the community manager spreads on social networks). */
export const recentlyPublishedQueue = (payload: Payload, user: TypedUser, { limit = 8, now = new Date().toISOString() }: Options = {}) =>
  payload.find({
    collection: SLUGS.contents,
    where: { and: [{ stage: { equals: 'published' } }, { publishedAt: { greater_than_equal: new Date(Date.parse(now) - 7 * 86_400_000).toISOString() } }] },
    sort: '-publishedAt',
    limit,
    ...access(user),
  })
