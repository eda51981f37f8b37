import type { PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'
import { idOf } from '../../kernel/ids.js'
import { SLUGS } from '../../kernel/slugs.js'

export type FollowUpInput = {
  kind: 'content-measurement' | 'content-published' | 'request-delivered' | 'request-rated'
  subjectCollection: string
  subjectId: number | string
  measuredAt?: Date | string
  department?: null | number | string
  onTime?: boolean | null
  leadTimeDays?: null | number
  score?: null | number
  contentKind?: null | string
  channels?: null | string[]
  values?: Record<string, unknown>
  /** A unique key of what is measured (jobs pass one, so that running twice writes once). */
  key?: string
}

/** Writes a follow-up record (system only), in the caller's transaction. */
export const writeFollowUp = async (req: PayloadRequest, input: FollowUpInput) =>
  req.payload.create({
    collection: SLUGS.followUps,
    data: {
      kind: input.kind,
      subjectCollection: input.subjectCollection,
      subjectId: String(input.subjectId),
      measuredAt: new Date(input.measuredAt ?? Date.now()).toISOString(),
      department: idOf(input.department),
      onTime: input.onTime ?? null,
      leadTimeDays: input.leadTimeDays ?? null,
      score: input.score ?? null,
      contentKind: input.contentKind ?? null,
      channels: input.channels ?? [],
      values: input.values ?? null,
      key: input.key ?? `${input.kind}|${input.subjectId}|${randomUUID()}`,
    } as never,
    req,
    overrideAccess: true,
    depth: 0,
  })
