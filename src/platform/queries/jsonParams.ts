import type { AfterErrorHook } from 'payload'

import { withLabel } from '../../kernel/i18n/fieldLabel.js'
import { tr } from '../../kernel/i18n/index.js'

/** Query parameters Payload's REST layer reads as JSON when they are a string (`?where={"title":…}`). */
const JSON_PARAMS = ['where', 'data'] as const

const unparsable = (value: unknown) => {
  if (typeof value !== 'string' || value.length === 0) return false
  try {
    JSON.parse(value)
    return false
  } catch {
    return true
  }
}

/**
 * Root `afterError` hook: `?where=abc` (or `?data=abc`) makes Payload's parameter parser throw a
 * SyntaxError before any operation or hook runs, which answered 500. It is the caller's malformed
 * query: 400 naming the parameter.
 */
export const malformedJsonParamAfterError: AfterErrorHook = ({ error, req }) => {
  if (!(error instanceof SyntaxError)) return
  const query = (req?.query ?? {}) as Record<string, unknown>
  const param = JSON_PARAMS.find((name) => unparsable(query[name]))
  if (!param) return
  const message = withLabel(req, null, param, tr(req, 'queryJson', { path: param }))
  return { status: 400, response: { errors: [{ name: 'QueryError', message, data: { errors: [{ path: param, message }] } }] } }
}
