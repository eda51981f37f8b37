import { APIError } from 'payload'

import type { TransitionResult } from './canTransition.js'

import { type LabelRequest, withLabel } from '../i18n/fieldLabel.js'

/**
 * The error of a refused transition: 403 when the role may not, 400 otherwise. The message says,
 * in the caller's language and with the states' labels, the move and what is allowed (so REST,
 * GraphQL and the admin all show it); `data.errors` carries it on the field path like a
 * ValidationError does, and `data.allowed` the reachable states' codes.
 */
export const transitionError = (collection: string, path: string, result: TransitionResult, _req?: unknown) => {
  // States by their labels and no field key in the text: the field is `data.errors[0].path`.
  const message = String(result.reason ?? '')
  return new APIError(message, result.code === 'role' ? 403 : 400, { collection, errors: [{ path, message }], allowed: result.allowed }, true)
}

/**
 * A 400 (or other 4xx) whose message names the field (by its label in the caller's language) and
 * the rule, public on every API (REST, GraphQL, admin), with `data.errors` on the field path (the
 * key) like a ValidationError does. `message` says only the rule.
 */
export const workflowError = (collection: string, path: string, message: string, req: LabelRequest, status = 400) => {
  const text = withLabel(req, collection, path, message)
  return new APIError(text, status, { collection, errors: [{ path, message: text }] }, true)
}
