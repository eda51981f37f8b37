import { formatDate, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type ContentPublishedData = TemplateBase & {
  publishedAt?: string | null
  /** The request the content answers, if any. */
  request?: { code?: string; title: string; url: string }
}

/** To the requester and the assignees of the request the content answers. */
export const contentPublished = (data: ContentPublishedData): RenderedEmail => {
  const lang = data.lang
  const when = data.publishedAt ? trIn(lang, 'mailPublishedWhen', { date: formatDate(data.publishedAt, lang) }) : ''
  return render(data, {
    subject: trIn(lang, 'mailPublishedSubject', { institution: data.institutionName, title: data.title }),
    paragraphs: [
      trIn(lang, 'mailPublishedBody', { title: data.title, when }),
      ...(data.request
        ? [trIn(lang, 'mailPublishedAnswers', { code: data.request.code ? `${data.request.code} · ` : '', title: data.request.title, url: data.request.url })]
        : []),
    ],
    comment: data.comment ? { heading: trIn(lang, 'mailComment'), text: data.comment } : undefined,
    action: { label: trIn(lang, 'mailSeeContent'), url: data.url },
  })
}
