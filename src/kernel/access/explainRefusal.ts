import type { CollectionBeforeOperationHook, CollectionConfig, PayloadRequest } from 'payload'

import { forbidden } from '../errors.js'
import { type MessageKey, tr } from '../i18n/index.js'
import { hasRole } from './hasRole.js'
import { ROLES } from './roles.js'

type Write = 'create' | 'delete' | 'update'

/**
 * An access function answers only yes or no, and Payload's refusal then says "you are not allowed
 * to perform this action". This `beforeOperation` hook asks the collection's OWN access function
 * first (it stays the rule) and, when it refuses a caller for whom `reason` names the rule, answers
 * that 403 with the rule's message instead — on REST, GraphQL and the Local API with
 * `overrideAccess: false` alike. Any other case (allowed, or allowed on a query) is left to
 * Payload's own check.
 */
export const explainRefusal =
  (operations: readonly Write[], reason: (req: PayloadRequest) => MessageKey | null): CollectionBeforeOperationHook =>
  async ({ args, collection, operation, overrideAccess, req }) => {
    if (!operations.includes(operation as Write) || overrideAccess || !req.user) return args
    const key = reason(req)
    const access = collection.access?.[operation as Write]
    if (!key || !access) return args
    const { id, data } = args as { id?: number | string; data?: unknown }
    const allowed = await access({ req, id: id as never, data: data as never })
    if (allowed === false) throw forbidden(tr(req, key))
    return args
  }

/** A user whose only role is the auditor's (read-only oversight). */
export const onlyAuditor = (user: unknown): boolean =>
  hasRole(user as never, 'auditor') && !hasRole(user as never, ...ROLES.filter((role) => role !== 'auditor'))

/**
 * Every plugin collection tells an auditor why a write is refused: auditors read, they do not
 * create, change or delete (the collection's own reason, e.g. the requests', comes first).
 */
export const withAuditorRefusals = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        ...(collection.hooks?.beforeOperation ?? []),
        explainRefusal(['create', 'update', 'delete'], (req) => (onlyAuditor(req.user) ? 'auditorReadsOnly' : null)),
      ],
    },
  }))
