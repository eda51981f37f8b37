import type { CollectionBeforeOperationHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

/** OWASP ASVS 2.1.1: passwords of at least 12 characters (2.1.2: up to 128 allowed). */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 128

/** The operations through which a caller chooses a password. */
const CHOOSES_PASSWORD = new Set(['create', 'update', 'updateByID', 'resetPassword'])

/**
 * A password chosen through REST, GraphQL or the admin (creating an account, the first-user
 * screen, changing one's password, resetting a forgotten one with the e-mailed token: Payload's
 * `resetPassword` operation runs the collection's beforeOperation hooks before it looks the token
 * up) must have 12–128 characters: 400 naming `password`, and nothing changes (the token stays
 * valid for a correct attempt). System code (seeds, fixtures: Local API) is not checked.
 */
export const enforcePasswordLength: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!CHOOSES_PASSWORD.has(operation)) return args
  if (req.payloadAPI === 'local') return args
  const password = (args as { data?: Record<string, unknown> }).data?.password
  // Not choosing one (an update of other fields); a reset without one is refused by Payload.
  if (password === undefined || (password === null && operation !== 'resetPassword')) return args
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw invalidField(
      'users',
      'password',
      tr(req, 'userPasswordLength', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH }),
      req,
    )
  }
  return args
}
