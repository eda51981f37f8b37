import type { PayloadRequest } from 'payload'

import { setSystemTransition } from '../../kernel/machine/context.js'

const REQUESTS = 'communication-requests'
const DELIVERABLE_FROM = ['accepted', 'in-production', 'in-review']

/**
 * When every deliverable (content whose `request` is this one) is published, the request
 * becomes `delivered`: a system transition (the actor is whoever published the last piece),
 * through the request's own hooks, in the caller's transaction. Returns whether it delivered.
 */
export const deliverIfComplete = async (
  req: PayloadRequest,
  requestId: number | string,
  actor: null | number | string,
): Promise<boolean> => {
  const request = (await req.payload.findByID({
    collection: REQUESTS as never,
    id: requestId as never,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })) as null | { id: number | string; status?: string }
  if (!request || !DELIVERABLE_FROM.includes(String(request.status))) return false
  const where = { request: { equals: requestId } }
  // Sequential on purpose: both run on the transaction's connection.
  const { totalDocs: all } = await req.payload.count({ collection: 'contents' as never, where, req, overrideAccess: true })
  const { totalDocs: pending } = await req.payload.count({
    collection: 'contents' as never,
    where: { and: [where, { stage: { not_equals: 'published' } }] },
    req,
    overrideAccess: true,
  })
  if (all === 0 || pending > 0) return false
  setSystemTransition(req, REQUESTS, request.id, {
    actor,
    comment: `Entregada automáticamente: sus ${all} entregable(s) están publicados / Delivered automatically: all ${all} deliverable(s) are published`,
  })
  try {
    await req.payload.update({
      collection: REQUESTS as never,
      id: request.id as never,
      data: { status: 'delivered' } as never,
      req,
      overrideAccess: true,
      depth: 0,
    })
  } finally {
    setSystemTransition(req, REQUESTS, request.id, null)
  }
  return true
}
