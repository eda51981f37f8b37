/** Schemes a link may use; anything without a scheme is a relative (internal) link. */
export const ALLOWED_LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const

const ENTITIES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', lpar: '(', rpar: ')', period: '.' }

/** `&#106;`, `&#x6A;`, `&colon;`… decoded, as a browser does in an `href` attribute. */
const decodeEntities = (value: string) =>
  value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name.toLowerCase()] ?? whole
  })

/** What a browser's URL parser keeps: no leading/trailing controls or spaces, no tabs or newlines anywhere. */
const asParsed = (value: string) =>
  value
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+/, '')
    .replace(/[\u0000-\u0020]+$/, '')

/**
 * The scheme a link would be followed with (`javascript`, `data`, `https`…), lower-cased, or null
 * for a relative link (`/tramites`, `#inicio`, `?q=`, `www.pasto.gov.co`). Read as browsers read
 * it: entities decoded, controls, tabs and newlines dropped (`java\tscript:` is `javascript:`).
 */
export const schemeOf = (link: string): null | string => {
  for (const candidate of [link, decodeEntities(link)]) {
    const match = /^([a-z][a-z0-9+.-]*):/i.exec(asParsed(candidate))
    if (match) return match[1]!.toLowerCase()
  }
  return null
}

/** Whether a link may be stored: relative, or http(s), mailto or tel. */
export const isAllowedLink = (link: string): boolean => {
  const scheme = schemeOf(link)
  return scheme === null || (ALLOWED_LINK_SCHEMES as readonly string[]).includes(scheme)
}

/** Keys under which a rich-text value carries a link (link and autolink nodes keep it in `fields.url`). */
const LINK_KEYS = new Set(['url', 'href', 'src'])

/**
 * The first link of a Lexical value (any depth: paragraphs, lists, links, autolinks, blocks with
 * their own fields) whose scheme is not allowed, or null.
 */
export const firstForbiddenLink = (value: unknown, depth = 0): null | string => {
  if (depth > 200 || value === null || typeof value !== 'object') return null
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstForbiddenLink(item, depth + 1)
      if (found !== null) return found
    }
    return null
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (LINK_KEYS.has(key) && typeof child === 'string' && !isAllowedLink(child)) return child
    const found = firstForbiddenLink(child, depth + 1)
    if (found !== null) return found
  }
  return null
}
