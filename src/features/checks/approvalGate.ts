import type { PayloadRequest } from 'payload'

import { blockingFailures, computeChecks } from './computeChecks.js'

/**
 * The gate of the workflow's in-review → approved step (registered through the workflow option
 * `workflow.approvalGates`). Recomputes every check of part C on the content as it is now and
 * returns the blocking failure messages not overridden by the head (empty array = approve).
 * Plain-language hints never block.
 */
export const approvalGate = async ({ doc, req }: { doc: Record<string, unknown>; req: PayloadRequest }): Promise<string[]> => {
  const results = await computeChecks(doc as Record<string, any>, req)
  return blockingFailures(results, (doc.checkOverrides ?? []) as Array<{ check?: string }>)
}
