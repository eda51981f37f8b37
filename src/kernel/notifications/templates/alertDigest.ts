import { trIn, type MessageKey } from '../../i18n/index.js'
import type { MailLanguage } from './layout.js'

/** The head's digest of new compliance alerts, in the recipient's language. Pure: data in, message out. */
export type AlertDigestData = {
  institutionName: string
  adminURL: string
  /** Each alert's message already in `lang`. */
  alerts: Array<{ id: number | string; kind: string; severity: string; message: string; subjectTitle?: null | string; createdAt: string }>
  lang?: MailLanguage
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string)

const SEVERITY: Record<string, MessageKey> = { critical: 'mailSeverityCritical', warning: 'mailSeverityWarning', info: 'mailSeverityInfo' }

export const alertDigest = ({ institutionName, adminURL, alerts, lang = 'es' }: AlertDigestData) => {
  const n = alerts.length
  const severity = (code: string) => (SEVERITY[code] ? trIn(lang, SEVERITY[code]) : code)
  const subject = trIn(lang, n === 1 ? 'mailDigestSubjectOne' : 'mailDigestSubjectMany', { institution: institutionName, count: n })
  const office = trIn(lang, 'mailDigestOffice', { institution: institutionName })
  const intro = trIn(lang, n === 1 ? 'mailDigestIntroOne' : 'mailDigestIntroMany', { count: n })
  const seeAll = trIn(lang, 'mailDigestSeeAll')
  const lines = alerts.map((a) => `- [${severity(a.severity)}] ${a.message}${a.subjectTitle ? ` (${a.subjectTitle})` : ''} — ${adminURL}/collections/alerts/${a.id}`)
  const text = [office, '', intro, '', ...lines, '', `${seeAll}: ${adminURL}/collections/alerts`].join('\n')
  const rows = alerts
    .map(
      (a) =>
        `<tr><td>${escape(severity(a.severity))}</td><td><a href="${escape(`${adminURL}/collections/alerts/${a.id}`)}">${escape(a.message)}</a></td><td>${escape(a.subjectTitle ?? '')}</td></tr>`,
    )
    .join('')
  const html = `<!doctype html><html lang="${lang}"><body><p>${escape(office)}</p>
<p>${escape(intro)}</p>
<table border="1" cellpadding="4" cellspacing="0"><thead><tr><th>${escape(trIn(lang, 'mailDigestSeverity'))}</th><th>${escape(trIn(lang, 'mailDigestAlert'))}</th><th>${escape(trIn(lang, 'mailDigestSubject'))}</th></tr></thead><tbody>${rows}</tbody></table>
<p><a href="${escape(`${adminURL}/collections/alerts`)}">${escape(seeAll)}</a></p></body></html>`
  return { subject, html, text }
}
