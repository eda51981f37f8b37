import type { AfterErrorHook } from 'payload'

import { APIError, MissingFile, ValidationError } from 'payload'
import { tr } from './i18n/index.js'

/**
 * A 403 whose message is shown to the caller even in production, naming the field and the rule.
 * (Payload's `Forbidden` carries a generic text.)
 */
export const forbidden = (message: string): APIError<null> => new APIError(message, 403, null, true)

/** A 400 that names the field (path) and the rule broken; the admin shows it on the field. */
export const invalidField = (
  collection: string,
  path: string,
  message: string,
  req?: { t?: unknown },
): ValidationError =>
  new ValidationError({ collection, errors: [{ path, message }] }, (req?.t as never) ?? undefined)

/** A 409 for a conflict with the current state (e.g. a duplicate or a concurrent change). */
export const conflict = (message: string): APIError<null> => new APIError(message, 409, null, true)

/**
 * Root `afterError` hook: Payload's "no files were uploaded" names no field; the answer names
 * `file` (400, ValidationError shape) so the caller knows what is missing.
 */
export const missingFileAfterError: AfterErrorHook = ({ collection, error, req, result }) => {
  if (!(error instanceof MissingFile) && (error as { name?: string })?.name !== 'MissingFile') return
  const message = tr(req, 'fileMissingMultipart')
  return {
    status: 400,
    response: { ...result, errors: [{ name: 'ValidationError', message, data: { collection: collection?.slug, errors: [{ path: 'file', message }] } }] },
  }
}
