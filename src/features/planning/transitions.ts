import type { PayloadRequest } from 'payload'

import { invalidField } from '../../kernel/errors.js'

/**
 * Refuses a status change that the `allowed` table does not list, with a 400 naming the field,
 * the from/to states and what is allowed. Unchanged values pass.
 */
export const assertTransition = (
  collection: string,
  field: string,
  from: string | undefined,
  to: string | undefined,
  allowed: Record<string, readonly string[]>,
  req: PayloadRequest,
): void => {
  if (!from || !to || from === to) return
  const next = allowed[from] ?? []
  if (!next.includes(to)) {
    const list = next.length ? next.join(', ') : '—'
    throw invalidField(
      collection,
      field,
      `${field}: no se permite pasar de "${from}" a "${to}" (permitidos: ${list}) / transition from "${from}" to "${to}" is not allowed (allowed: ${list})`,
      req,
    )
  }
}
