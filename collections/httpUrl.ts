import { labelIn } from '../src/kernel/admin/stateLabels.js'
import { tr } from '../src/kernel/i18n/index.js'

type Options = { label?: unknown; path?: Array<number | string>; req?: Parameters<typeof tr>[0] }

/** Why a value of a URL field is refused (a message in the caller's language), or null. */
export const httpUrlProblem = (value: unknown, options: Options = {}): null | string => {
  if (value === null || value === undefined || value === '') return null
  // The field by its label in the caller's language (Payload passes the field's config to a validator).
  const language = (options.req as { i18n?: { language?: string } } | null | undefined)?.i18n?.language ?? 'es'
  const field = labelIn(options.label, language) || (options.path?.length ? options.path.join('.') : 'url')
  const named = (message: string) => `${field}: ${message}`
  if (typeof value !== 'string') return named(tr(options.req, 'urlNotText'))
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return named(tr(options.req, 'urlInvalid'))
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : named(tr(options.req, 'urlScheme', { scheme: url.protocol }))
}

/**
 * Field validator for links people click in the admin, feeds and e-mails: only absolute http(s)
 * URLs. `javascript:`, `data:` and other schemes are refused (stored XSS through a link).
 * Empty is left to `required`. Draft saves skip validation, so src/kernel/links/withSafeLinks.ts also
 * runs the same rule as a hook on every field that uses this validator.
 */
export const validateHttpUrl = (value: unknown, options?: Options): string | true => httpUrlProblem(value, options) ?? true
