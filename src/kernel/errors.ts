import type { AfterErrorHook } from 'payload'

import { APIError, MissingFile, ValidationError } from 'payload'
import { type LabelRequest, labelOf, withLabel } from './i18n/fieldLabel.js'
import { tr } from './i18n/index.js'

/**
 * A 403 whose message is shown to the caller even in production, naming the field and the rule.
 * (Payload's `Forbidden` carries a generic text.)
 */
export const forbidden = (message: string): APIError<null> => new APIError(message, 403, null, true)

/**
 * A 400 that names the field and the rule broken; the admin shows it on the field. The text names
 * the field by its label in the caller's language (`message` says only the rule); `path` stays the
 * key for API callers.
 */
export const invalidField = (collection: string, path: string, message: string, req?: LabelRequest): ValidationError => {
  const label = labelOf(req, collection, path)
  return new ValidationError({ collection, errors: [{ label, path, message: `${label}: ${message}` }] }, (req?.t as never) ?? undefined)
}

/**
 * The JSON answer of a plugin endpoint refusing one parameter or field (400 unless `status`):
 * `errors[0].message` names it by its label, `data.errors[0].path` keeps the key.
 */
export const fieldRefusal = (req: LabelRequest, path: string, message: string, status = 400, collection?: string): Response => {
  const text = withLabel(req, collection, path, message)
  return Response.json({ errors: [{ name: 'ValidationError', message: text, path, data: { collection, errors: [{ path, message: text }] } }] }, { status })
}

/**
 * A 4xx refusing one endpoint parameter (or a field of `collection`), thrown like Payload's errors:
 * the message names it by its label in the caller's language, `data.errors[0].path` keeps the key.
 */
export const paramError = (req: LabelRequest, path: string, rule: string, status = 400, collection?: string): APIError => {
  const message = withLabel(req, collection, path, rule)
  return new APIError(message, status, { collection, errors: [{ path, message }] }, true)
}

/** A 409 for a conflict with the current state (e.g. a duplicate or a concurrent change). */
export const conflict = (message: string): APIError<null> => new APIError(message, 409, null, true)

/**
 * Root `afterError` hook: Payload's "no files were uploaded" names no field; the answer names
 * `file` (400, ValidationError shape) so the caller knows what is missing.
 */
export const missingFileAfterError: AfterErrorHook = ({ collection, error, req, result }) => {
  if (!(error instanceof MissingFile) && (error as { name?: string })?.name !== 'MissingFile') return
  const message = withLabel(req, collection?.slug, 'file', tr(req, 'fileMissingMultipart'))
  return {
    status: 400,
    response: { ...result, errors: [{ name: 'ValidationError', message, data: { collection: collection?.slug, errors: [{ path: 'file', message }] } }] },
  }
}
