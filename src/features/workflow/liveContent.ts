import type { PayloadRequest } from 'payload'

import { changedFields } from '../../kernel/machine/compare.js'
import { idOf } from '../../kernel/ids.js'

const SLUG = 'contents'

/**
 * Fields whose change is not a change of the piece itself: workflow state, stamps, the review
 * checklist, the computed checks and the head's overrides of them, the review claim. Four-eyes
 * and republication look at the other fields (text, media, tags, channels, links...).
 */
export const NOT_AN_EDIT: ReadonlySet<string> = new Set([
  'stage', '_status', 'workflowComment', 'workflowForce', 'createdBy', 'lastEditedBy', 'editedSinceApproval',
  'publishedAt', 'updatedAt', 'createdAt', 'id', 'reviewChecklist', 'checks', 'checkOverrides', 'reviewClaim',
])

/**
 * The live version of a content: the main document, which only a non-draft save writes (a draft
 * save writes a version only). Null when the content does not exist.
 */
export const liveContent = async (req: PayloadRequest, id: number | string): Promise<null | Record<string, unknown>> =>
  (await req.payload.findByID({
    collection: SLUG,
    id: id,
    draft: false,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as null | Record<string, unknown>

/** The fields (not workflow stamps) in which `next` differs from `live`. */
export const changesFrom = (next: Record<string, unknown>, live: Record<string, unknown>): string[] => {
  const keys = [...new Set([...Object.keys(next), ...Object.keys(live)])]
  const pick = (doc: Record<string, unknown>) => Object.fromEntries(keys.map((key) => [key, doc[key]]))
  return changedFields(pick(next), pick(live), NOT_AN_EDIT)
}

/**
 * Whether the latest saved version of a content is a draft over its published version (a
 * correction waiting to be republished).
 */
export const hasPendingDraft = async (req: PayloadRequest, id: number | string): Promise<boolean> => {
  const { docs } = await req.payload.findVersions({
    collection: SLUG,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const version = (docs[0] as undefined | { version?: { _status?: string; stage?: string } })?.version
  return version?._status === 'draft' && version?.stage === 'published'
}

/** The id of the content's newest version (the one a save just wrote). */
export const latestVersionId = async (req: PayloadRequest, id: number | string): Promise<null | number | string> => {
  const { docs } = await req.payload.findVersions({
    collection: SLUG,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  return idOf(docs[0])
}

/** A list of user ids with `id` added once. */
export const withUser = (list: unknown, id: number | string): Array<number | string> => {
  const ids = (Array.isArray(list) ? list : []).map(idOf).filter((value): value is number | string => value !== null)
  return ids.some((value) => String(value) === String(id)) ? ids : [...ids, id]
}

/** The user ids of a hasMany relationship value. */
export const userIds = (list: unknown): Array<number | string> =>
  (Array.isArray(list) ? list : []).map(idOf).filter((value): value is number | string => value !== null)
