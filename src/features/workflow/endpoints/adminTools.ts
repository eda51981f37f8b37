import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { tr } from '../../../kernel/i18n/index.js'
import { claimReview } from '../collections/Contents/hooks/claimReview.js'
import { releaseClaim } from '../collections/Contents/hooks/releaseClaim.js'
import { cancelSchedule } from '../scheduling/cancelSchedule.js'

type Failure = { status?: number; message?: string; data?: { errors?: Array<{ path?: string; message?: string }> } }

/** Payload errors (403/400/404/409) as JSON with their message; anything else is rethrown. */
const asResponse = (error: unknown): Response => {
  const failure = error as Failure
  const status = typeof failure?.status === 'number' ? failure.status : 500
  if (status >= 500) throw error
  return Response.json({ message: failure.message, errors: failure.data?.errors ?? [{ message: failure.message }] }, { status })
}

const idParam = (req: PayloadRequest): string | undefined => (req.routeParams?.id as string | undefined) ?? undefined

/** POST /api/pregonero/contents/:id/claim — take a content in review (409 naming the holder if taken). */
export const claimReviewEndpoint = (_options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/contents/:id/claim',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: tr(req, 'claimSignIn') }, { status: 401 })
    try {
      const claim = await claimReview(req, idParam(req) as string)
      return Response.json({ claim }, { status: 200 })
    } catch (error) {
      return asResponse(error)
    }
  },
})

/** POST /api/pregonero/contents/:id/release — its holder, the head or an admin frees the claim. */
export const releaseClaimEndpoint = (_options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/contents/:id/release',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ message: tr(req, 'claimSignIn') }, { status: 401 })
    try {
      return Response.json(await releaseClaim(req, idParam(req) as string), { status: 200 })
    } catch (error) {
      return asResponse(error)
    }
  },
})

/**
 * POST /api/pregonero/calendar/scheduled/:id/cancel — the calendar's cancel button: cancels a pending
 * scheduled publication (src/features/workflow/scheduling/cancelSchedule.ts). Writes nothing else.
 */
export const cancelScheduledEndpoint = (options: ResolvedOptions): Endpoint => ({
  path: '/pregonero/calendar/scheduled/:id/cancel',
  method: 'post',
  handler: async (req) => {
    try {
      return Response.json(await cancelSchedule(req, options, idParam(req) as string), { status: 200 })
    } catch (error) {
      return asResponse(error)
    }
  },
})
