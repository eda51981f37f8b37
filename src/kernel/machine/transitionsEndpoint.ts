import type { Endpoint, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../types.js'
import type { Machine } from '../../features/workflow/tables.js'

import { allowedTransitions } from './canTransition.js'
import { CONTENT_STAGE_LABELS, REQUEST_STATUS_LABELS } from '../../features/workflow/states.js'

/**
 * `GET /api/<collection>/:id/transitions`: the transitions the signed-in user may make now on
 * this document (what the admin's transition buttons show), with whether each needs a comment
 * and whether it is a forced one. The document is read with the user's access.
 */
export const transitionsEndpoint = (machine: Machine, collection: string, field: 'stage' | 'status', options: ResolvedOptions): Endpoint => ({
  path: '/:id/transitions',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
    const id = String(req.routeParams?.id ?? '')
    let doc: Record<string, unknown>
    try {
      doc = (await req.payload.findByID({ collection: collection as never, id, depth: 0, req, overrideAccess: false, user: req.user })) as never
    } catch (error) {
      const status = (error as { status?: number }).status ?? 404
      return Response.json({ errors: [{ message: (error as Error).message }] }, { status })
    }
    const labels = (machine === 'request' ? REQUEST_STATUS_LABELS : CONTENT_STAGE_LABELS) as Record<string, { es: string; en: string }>
    const from = String(doc[field] ?? '')
    const tables = { request: options.workflow.requestTransitions, content: options.workflow.contentTransitions }
    const allowed = allowedTransitions({ machine, from, user: req.user, tables, doc }).map((entry) => ({
      ...entry,
      label: labels[entry.to] ?? { es: entry.to, en: entry.to },
    }))
    return Response.json({ field, from, fromLabel: labels[from] ?? null, allowed })
  },
})
