import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { forbidden } from '../errors.js'
import { type MessageKey, tr } from '../i18n/index.js'

/**
 * An access function answers only yes or no, and Payload's refusal then says "you are not allowed
 * to perform this action". This `beforeOperation` hook asks the collection's OWN access function
 * first (it stays the rule) and, when it refuses a caller for whom `reason` names the rule, answers
 * that 403 with the rule's message instead — on REST, GraphQL and the Local API with
 * `overrideAccess: false` alike. Any other case is left to Payload's own check.
 */
export const explainRefusal =
  (operation: 'create', reason: (req: PayloadRequest) => MessageKey | null): CollectionBeforeOperationHook =>
  async ({ args, collection, operation: current, overrideAccess, req }) => {
    if (current !== operation || overrideAccess || !req.user) return args
    const key = reason(req)
    const access = collection.access?.[operation]
    if (!key || !access) return args
    const allowed = await access({ req, data: (args as { data?: unknown }).data as never })
    if (allowed === false) throw forbidden(tr(req, key))
    return args
  }
