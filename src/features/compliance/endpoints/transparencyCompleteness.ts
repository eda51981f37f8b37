import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole, OFFICE_ROLES } from '../../../kernel/access/index.js'
import { transparencyCompleteness } from '../transparency/completeness.js'

/** GET /api/pregonero/transparency/completeness: the menu's empty, overdue and unowned items (office staff and auditors). */
export const transparencyCompletenessEndpoint = (): Endpoint => ({
  path: '/pregonero/transparency/completeness',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
    if (!hasRole(req.user, ...OFFICE_ROLES, 'auditor')) return Response.json({ errors: [{ message: req.t('error:notAllowedToPerformAction') }] }, { status: 403 })
    const items = await transparencyCompleteness(req)
    return Response.json({ totalDocs: items.length, docs: items })
  },
})
