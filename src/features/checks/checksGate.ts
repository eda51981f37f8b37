import type { ApprovalGate } from '../../types.js'

import { approvalGate } from './approvalGate.js'

/**
 * The archive's checks (brand, accessibility, consent, neutral brand) as a workflow approval gate:
 * the default of `workflow.approvalGates`. Blocks in-review → approved with the failures not
 * overridden by the head.
 */
export const checksGate: ApprovalGate = async ({ data, req }) => {
  const failures = await approvalGate({ doc: data, req })
  // One failure per line: the workflow lists them (one item each) in its refusal.
  return failures.length ? failures.join('\n') : null
}
