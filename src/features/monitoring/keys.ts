import { createHash } from 'node:crypto'

import { foldText } from '../../kernel/accents.js'
import { idOf } from '../../kernel/ids.js'

/** Lower case, no accents, single spaces: how names and headers are compared. */
export const normalizeText = (value: string): string =>
  foldText(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** A URL without scheme, `www.`, tracking parameters, fragment or trailing slash. */
export const normalizeUrl = (value: string): string => {
  const text = value.trim()
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`)
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid|gclid|mc_)/i.test(key)) url.searchParams.delete(key)
    }
    const query = url.searchParams.toString()
    const path = url.pathname.replace(/\/+$/, '')
    return `${url.hostname.toLowerCase().replace(/^www\./, '')}${path}${query ? `?${query}` : ''}`
  } catch {
    return text.toLowerCase()
  }
}

/** The domain of a URL (`www.` removed), or null. */
export const domainOf = (value: string): null | string => {
  try {
    const text = value.trim()
    return new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).hostname.toLowerCase().replace(/^www\./, '')
  } catch {
    return null
  }
}

/**
 * What makes two mentions the same: one outlet, one day, and the same URL (or, without a URL,
 * the same headline). Stored unique, so neither a re-import nor a racing second entry lands twice.
 */
export const mentionKey = (m: { outlet: unknown; day: string; url?: null | string; headline?: null | string }): string =>
  createHash('sha256')
    .update(
      [idOf(m.outlet), m.day, m.url?.trim() ? `u:${normalizeUrl(m.url)}` : `h:${normalizeText(m.headline ?? '')}`].join('|'),
    )
    .digest('hex')
    .slice(0, 40)

/** One metrics record per account and period. */
export const metricKey = (m: { account: unknown; startDay: string; endDay: string }): string =>
  `${idOf(m.account) ?? ''}|${m.startDay}|${m.endDay}`
