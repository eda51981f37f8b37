/**
 * Field validator for links people click in the admin, feeds and e-mails: only absolute http(s)
 * URLs. `javascript:`, `data:` and other schemes are refused (stored XSS through a link).
 * Empty is left to `required`.
 */
export const validateHttpUrl = (value: unknown): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'url: debe ser texto / must be text'
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return 'url: no es una dirección válida (https://...) / not a valid address (https://...)'
  }
  return url.protocol === 'https:' || url.protocol === 'http:'
    ? true
    : `url: solo se admiten enlaces http(s), no "${url.protocol}" / only http(s) links are allowed, not "${url.protocol}"`
}
