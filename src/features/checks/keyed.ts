import type { CheckResult } from './types.js'

import { type MessageKey, tr } from '../../kernel/i18n/index.js'

/** One message of a check, as a key of the plugin's messages and its variables. */
export type CheckMessage = { key: MessageKey; vars?: Record<string, unknown> }

/**
 * A check's result whose messages are kept as keys (`details.i18n`, rendered by the checks panel in
 * its reader's language) and as text in Spanish until `inLanguageOf` renders them for a request.
 */
export const keyedResult = (
  check: CheckResult['check'],
  status: CheckResult['status'],
  failures: CheckMessage[],
  details: Record<string, unknown> = {},
): CheckResult => ({ check, status, messages: failures.map(({ key, vars }) => tr(null, key, vars)), details: { ...details, i18n: failures } })

/** The result with its keyed messages rendered in the language of `req` (the saver, the approver). */
export const inLanguageOf = (result: CheckResult, req: Parameters<typeof tr>[0]): CheckResult => {
  const keyed = result.details?.i18n as CheckMessage[] | undefined
  return Array.isArray(keyed) ? { ...result, messages: keyed.map(({ key, vars }) => tr(req, key, vars)) } : result
}
