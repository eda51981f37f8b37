import type { PayloadRequest } from 'payload'

/**
 * Fault injection for the atomicity tests: system code (only the Local API can set
 * `context`) may ask a workflow hook to fail at a given point, after the audit row was written.
 * Production callers never set `workflowFailAt`.
 */
export const failIfAsked = (req: PayloadRequest, point: 'after-event' | 'after-side-effects') => {
  if (req.context?.workflowFailAt === point) {
    throw new Error(`workflowFailAt: fallo inyectado en «${point}»`) // a test hook's failure, no reader: Spanish only
  }
}
