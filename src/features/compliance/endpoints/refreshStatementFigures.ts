import type { Endpoint, PayloadRequest } from 'payload'

import { hasRole } from '../../../kernel/access/index.js'
import { refreshStatementFigures } from '../accessibility/measure.js'

/**
 * "Actualizar cifras": the head (or the administrator) re-measures the accessibility statement's
 * figures now, without waiting for the monthly job. Answers the figures written.
 */
export const refreshStatementFiguresEndpoint = (): Endpoint => ({
  path: '/pregonero/accessibility-statement/refresh',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!req.user) return Response.json({ errors: [{ message: req.t('error:unauthorized') }] }, { status: 401 })
    if (!hasRole(req.user, 'admin', 'head')) return Response.json({ errors: [{ message: req.t('error:notAllowedToPerformAction') }] }, { status: 403 })
    return Response.json({ figures: await refreshStatementFigures(req) })
  },
})
