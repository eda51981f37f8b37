import type { PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { departmentOf } from '../../kernel/access/index.js'
import { dayInZone, dayToStored } from './days.js'
import { tr } from '../../kernel/i18n/index.js'
import { paramError } from '../../kernel/errors.js'
import { SLUGS } from '../../kernel/slugs.js'

export type ReadResult = { counted: boolean; day: string; readId?: number | string }

/**
 * Counts one intranet read of `contentId` by `req.user`: at most one per user, content and day
 * (the day in `timeZone`). Only published internal contents are counted. Race-safe: the unique
 * `readKey` lets exactly one of two simultaneous calls insert; the other answers `counted: false`.
 */
export const recordRead = async (
  req: PayloadRequest,
  { contentId, timeZone, now = new Date() }: { contentId: unknown; timeZone: string; now?: Date },
): Promise<ReadResult> => {
  const user = req.user as null | { id: number | string; collection?: string; department?: unknown }
  if (!user || (user.collection && user.collection !== SLUGS.users)) {
    throw new APIError(tr(req, 'signInToRecordRead'), 401, null, true)
  }
  if (contentId === undefined || contentId === null || contentId === '' || typeof contentId === 'object') {
    throw paramError(req, 'content', tr(req, 'readContentRequired'))
  }
  const { docs } = await req.payload.find({
    collection: SLUGS.contents,
    where: {
      and: [{ id: { equals: contentId } }, { audience: { equals: 'internal' } }, { stage: { equals: 'published' } }],
    },
    limit: 1,
    depth: 0,
    select: { id: true } as never,
    req,
    overrideAccess: true,
  })
  if (docs.length === 0) {
    throw paramError(req, 'content', tr(req, 'readContentNotFound'), 404)
  }
  const content = (docs[0] as { id: number | string }).id
  const day = dayInZone(now, timeZone)
  const readKey = `${String(content)}|${String(user.id)}|${day}`
  const existing = await req.payload.find({
    collection: SLUGS.intranetReads,
    where: { readKey: { equals: readKey } },
    limit: 1,
    depth: 0,
    select: { id: true } as never,
    req,
    overrideAccess: true,
  })
  if (existing.docs.length > 0) return { counted: false, day, readId: (existing.docs[0] as { id: number | string }).id }
  try {
    const read = await req.payload.create({
      collection: SLUGS.intranetReads,
      data: { content, user: user.id, department: departmentOf(user as never) ?? undefined, day: dayToStored(day), readKey } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
    return { counted: true, day, readId: (read as unknown as { id: number | string }).id }
  } catch (error) {
    // a simultaneous call inserted the same key first: that one counted
    const again = await req.payload.find({
      collection: SLUGS.intranetReads,
      where: { readKey: { equals: readKey } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    if (again.docs.length > 0) return { counted: false, day, readId: (again.docs[0] as { id: number | string }).id }
    throw error
  }
}
