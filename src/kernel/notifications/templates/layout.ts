/** Shared pieces of the notification templates: escaping, dates, and the one HTML/text layout. */
import { trIn } from '../../i18n/index.js'
import { OFFICE_TIME_ZONE } from '../../time/officeDates.js'

/** The language an e-mail is written in (the recipient's `users.language`; Spanish by default). */
export type MailLanguage = 'en' | 'es'

export type RenderedEmail = { subject: string; html: string; text: string }

/** What every notification template receives. */
export type TemplateBase = {
  institutionName: string
  /** Greeting name; omitted for a department mailbox. */
  recipientName?: string
  /** Title of the request or content. */
  title: string
  /** Request code (SOL-YYYY-NNNN), when the subject is a request. */
  code?: string
  /** Link to the document in the admin. */
  url: string
  /** The comment that travelled with the transition, if any. */
  comment?: string
  /** The recipient's language (default Spanish). */
  lang?: MailLanguage
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)

/** A date in Colombian Spanish ("3 de marzo de 2026"), or day-first English ("3 March 2026"), in Bogotá time. */
export const formatDate = (iso: string | null | undefined, lang: MailLanguage = 'es', timeZone = OFFICE_TIME_ZONE): string => {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'es-CO', { dateStyle: 'long', timeZone }).format(date)
}

/** "SOL-2026-0001 · Título" or just the title. */
export const label = (data: Pick<TemplateBase, 'code' | 'title'>): string => (data.code ? `${data.code} · ${data.title}` : data.title)

type Body = {
  subject: string
  /** Plain-text paragraphs (escaped for the HTML part). */
  paragraphs: string[]
  comment?: { heading: string; text: string }
  action?: { label: string; url: string }
}

/** One layout for every notification: greeting, paragraphs, optional quoted comment, one link. */
export const render = (data: TemplateBase, body: Body): RenderedEmail => {
  const lang = data.lang ?? 'es'
  const greeting = data.recipientName ? trIn(lang, 'mailHello', { name: data.recipientName }) : trIn(lang, 'mailHelloAnyone')
  const footer = trIn(lang, 'mailFooter', { institution: data.institutionName })
  const textParts = [greeting, '', ...body.paragraphs.flatMap((p) => [p, ''])]
  if (body.comment) textParts.push(`${body.comment.heading}:`, body.comment.text, '')
  if (body.action) textParts.push(`${body.action.label}: ${body.action.url}`, '')
  textParts.push('--', footer)
  const htmlParts = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
  ]
  if (body.comment) {
    htmlParts.push(
      `<p><strong>${escapeHtml(body.comment.heading)}:</strong></p>`,
      `<blockquote style="border-left:3px solid #ccc;margin:0;padding-left:12px;white-space:pre-wrap">${escapeHtml(body.comment.text)}</blockquote>`,
    )
  }
  if (body.action) {
    htmlParts.push(`<p><a href="${escapeHtml(body.action.url)}">${escapeHtml(body.action.label)}</a></p>`)
  }
  htmlParts.push(`<hr><p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`)
  return {
    subject: body.subject,
    text: textParts.join('\n'),
    html: `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;line-height:1.5">${htmlParts.join('')}</body></html>`,
  }
}
