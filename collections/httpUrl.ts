import { tr } from '../src/kernel/i18n/index.js'

type Options = { path?: Array<number | string>; req?: Parameters<typeof tr>[0] }

/** Why a value of a URL field is refused (a message in the caller's language), or null. */
export const httpUrlProblem = (value: unknown, options: Options = {}): null | string => {
  if (value === null || value === undefined || value === '') return null
  const field = options.path?.length ? options.path.join('.') : 'url'
  if (typeof value !== 'string') return tr(options.req, 'urlNotText', { field })
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return tr(options.req, 'urlInvalid', { field })
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? null : tr(options.req, 'urlScheme', { field, scheme: url.protocol })
}

/**
 * Field validator for links people click in the admin, feeds and e-mails: only absolute http(s)
 * URLs. `javascript:`, `data:` and other schemes are refused (stored XSS through a link).
 * Empty is left to `required`. Draft saves skip validation, so src/kernel/links/withSafeLinks.ts also
 * runs the same rule as a hook on every field that uses this validator.
 */
export const validateHttpUrl = (value: unknown, options?: Options): string | true => httpUrlProblem(value, options) ?? true
