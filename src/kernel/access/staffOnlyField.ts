import type { FieldAccess } from 'payload'

/**
 * Field-level read access for personal data (users' e-mails, outlet contacts, consent documents,
 * requesters' names): never returned to anonymous callers, and not queryable by them either
 * (Payload refuses a where-query on a field the caller may not read). Signed-in users read it,
 * subject to the collection's own read rule. Use as `access: { read: staffOnlyField }`.
 */
export const staffOnlyField: FieldAccess = ({ req }) => Boolean(req?.user)
