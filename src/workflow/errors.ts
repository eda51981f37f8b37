import type { TransitionResult } from './canTransition.js'

import { forbidden, invalidField } from '../errors.js'

/** The error of a refused transition: 403 when the role may not, 400 otherwise; both name from/to and what is allowed. */
export const transitionError = (collection: string, path: string, result: TransitionResult, req?: { t?: unknown }) =>
  result.code === 'role' ? forbidden(`${path}: ${result.reason}`) : invalidField(collection, path, `${path}: ${result.reason}`, req)
