import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../kernel/access/index.js'
import { tr } from '../../../kernel/i18n/index.js'
import { answeringKind, requestCoverage, WORKING_STATUSES } from '../delivery.js'
import { SLUGS } from '../../../kernel/slugs.js'

/**
 * `GET /api/communication-requests/:id/products`: each product the request asked for, the content
 * kind that answers it, and where it stands — `delivered` (its published deliverable), `pending`
 * (with the deliverable furthest along, if any) or `waived` (who, when, why) — plus whether the
 * signed-in user may waive the pending ones now (`PATCH` with `workflowWaive` + `workflowComment`).
 * The request is read with the user's access.
 */
export const productsEndpoint = (): Endpoint => ({
  path: '/:id/products',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: tr(req, 'unauthorized') }] }, { status: 401 })
    let request: Record<string, unknown> & { id: number | string; status?: string }
    try {
      request = (await req.payload.findByID({
        collection: SLUGS.communicationRequests,
        id: String(req.routeParams?.id ?? ''),
        depth: 0,
        req,
        overrideAccess: false,
        user: req.user,
      })) as never
    } catch (error) {
      const status = (error as { status?: number }).status ?? 404
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
    }
    const { coverage } = await requestCoverage(req, request)
    const canWaive = hasRole(req.user, 'admin', 'head') && WORKING_STATUSES.includes(request.status as never)
    return Response.json({
      status: request.status,
      canWaive,
      products: coverage.map((c) => ({
        id: c.product.id ?? null,
        type: c.product.type,
        answeredBy: answeringKind(c.product),
        state: c.state,
        deliverable: c.deliverable ? { id: c.deliverable.id, title: c.deliverable.title ?? null, stage: c.deliverable.stage ?? null } : null,
        waiver: c.waiver ?? null,
      })),
    })
  },
})
