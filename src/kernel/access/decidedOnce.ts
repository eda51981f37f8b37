import type { Access, AccessArgs, AccessResult, PayloadRequest } from 'payload'

/** Where a hook leaves an access decision it already took for the operation under way. */
export const ACCESS_DECISION_KEY = 'pregoneroAccessDecision'

export type AccessDecision = { operation: 'create' | 'update'; id?: number | string; data: unknown; result: AccessResult }

/**
 * Records the decision a hook took with the collection's own `create`/`update` access for this
 * very operation (same operation, id and `data` object), so that Payload's own access check of the
 * operation reuses it instead of evaluating the access again. Used by the archive's ingest, which
 * must know the answer before it reads a file (beforeOperation runs before Payload's check).
 */
export const rememberAccessDecision = (req: PayloadRequest, decision: AccessDecision): void => {
  req.context[ACCESS_DECISION_KEY] = decision
}

/**
 * Wraps a collection's `create` or `update` access: when a hook recorded the decision for this
 * operation (`rememberAccessDecision`), it is taken — once — instead of evaluating `access`
 * again; any other call (another operation, another id or data, the admin's permission checks)
 * evaluates `access` as usual. The decision is the access function's own result, so Payload
 * applies it exactly as it would have (403 on false, a query constraint on a Where).
 */
export const decidedOnce =
  (operation: 'create' | 'update', access: Access): Access =>
  (args: AccessArgs) => {
    const decision = args.req?.context?.[ACCESS_DECISION_KEY]
    if (
      decision &&
      decision.operation === operation &&
      decision.data === args.data &&
      String(decision.id ?? '') === String(args.id ?? '')
    ) {
      delete args.req.context[ACCESS_DECISION_KEY]
      return decision.result
    }
    return access(args)
  }
