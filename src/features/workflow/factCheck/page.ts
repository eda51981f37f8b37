import { escapeHtml } from '../../../kernel/notifications/templates/layout.js'
import { trIn } from '../../../kernel/i18n/index.js'
import { officeDateText } from '../../../kernel/time/officeDates.js'
import { FACT_CHECK_PAGE_HEADERS } from '../../../platform/securityHeaders.mjs'
import type { PageLanguage } from './answer.js'

/**
 * The HTML pages an outside expert sees: no scripts, no external resources, in ONE language — the
 * one the office chose for the expert when asking (Spanish by default), `<html lang>` included.
 */
const layout = (lang: PageLanguage, title: string, institutionName: string, body: string): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
  `<meta name="robots" content="noindex,nofollow"><title>${escapeHtml(title)} · ${escapeHtml(institutionName)}</title>` +
  `<style>body{font-family:Arial,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#222}` +
  `.doc{border:1px solid #ddd;border-radius:6px;padding:1rem 1.25rem;background:#fafafa;white-space:pre-wrap}` +
  `.note{color:#555;font-size:.9rem}label{display:block;margin:.4rem 0}textarea{width:100%;min-height:8rem}` +
  `button{padding:.6rem 1.2rem;font-size:1rem}</style></head><body>` +
  `<header><p class="note">${escapeHtml(trIn(lang, 'factPageOffice', { institution: institutionName }))}</p></header><main>${body}</main></body></html>`

export type PreviewData = {
  lang: PageLanguage
  institutionName: string
  /** The office's time zone (the plugin's `timeZone`). */
  timeZone: string
  expertName: string
  title: string
  summary: string
  body: string
  expiresAt: string
}

/** The read-only preview with the answer form (posts to the same URL). */
export const previewPage = (data: PreviewData): string => {
  const t = (key: Parameters<typeof trIn>[1], vars?: Record<string, unknown>) => escapeHtml(trIn(data.lang, key, vars))
  const expires = officeDateText(data.expiresAt, { language: data.lang, time: true, timeZone: data.timeZone })
  return layout(
    data.lang,
    trIn(data.lang, 'factPageTitle'),
    data.institutionName,
    `<h1>${t('factPageTitle')}</h1>` +
      `<p>${t('factPageGreeting', { name: data.expertName })}</p>` +
      `<section class="doc"><h2 style="white-space:normal">${escapeHtml(data.title)}</h2>` +
      (data.summary ? `<p><strong>${escapeHtml(data.summary)}</strong></p>` : '') +
      `<div>${escapeHtml(data.body)}</div></section>` +
      `<form method="post"><h2>${t('factPageYourAnswer')}</h2>` +
      `<label><input type="radio" name="verdict" value="confirmed" required> ${t('factPageVerdictConfirmed')}</label>` +
      `<label><input type="radio" name="verdict" value="comments"> ${t('factPageVerdictComments')}</label>` +
      `<label for="comment">${t('factPageCommentLabel')}</label>` +
      `<textarea id="comment" name="comment" maxlength="5000"></textarea>` +
      `<p class="note">${t('factPageOnceNote', { date: expires })}</p>` +
      `<button type="submit">${t('factPageSubmit')}</button></form>`,
  )
}

export const thanksPage = (lang: PageLanguage, institutionName: string, title: string): string =>
  layout(
    lang,
    trIn(lang, 'factPageThanksTitle'),
    institutionName,
    `<h1>${escapeHtml(trIn(lang, 'factPageThanksHeading'))}</h1><p>${escapeHtml(trIn(lang, 'factPageThanks', { title }))}</p>`,
  )

/** A refusal or an incomplete answer: a heading, the message, and optionally what to do next. */
export const errorPage = (lang: PageLanguage, institutionName: string, heading: string, message: string, next?: string): string =>
  layout(
    lang,
    heading,
    institutionName,
    `<h1>${escapeHtml(heading)}</h1><p>${escapeHtml(message)}</p>${next ? `<p>${escapeHtml(next)}</p>` : ''}`,
  )

/**
 * Headers for these pages: no caching, no referrer (the token is in the URL), no framing, no
 * scripts (src/platform/securityHeaders.mjs, which next.config.mjs also applies to this path in
 * place of the app's generic headers).
 */
export const pageHeaders = { 'Content-Type': 'text/html; charset=utf-8', ...FACT_CHECK_PAGE_HEADERS } as const
