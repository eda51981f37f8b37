import { formatDate, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type FactCheckRequestData = TemplateBase & {
  expertName: string
  requesterName?: string
  expiresAt: string
}

/**
 * To an outside expert (no account): a signed, single-use link to verify a content before
 * publication, in the language the office chose for them (`lang`, Spanish by default).
 */
export const factCheckRequest = (data: FactCheckRequestData): RenderedEmail => {
  const lang = data.lang
  return render(
    { ...data, recipientName: data.expertName },
    {
      subject: trIn(lang, 'mailFactCheckSubject', { institution: data.institutionName, title: data.title }),
      paragraphs: [
        data.requesterName ? trIn(lang, 'mailFactCheckAskBy', { requester: data.requesterName, title: data.title }) : trIn(lang, 'mailFactCheckAsk', { title: data.title }),
        trIn(lang, 'mailFactCheckLink', { date: formatDate(data.expiresAt, lang) }),
      ],
      comment: data.comment ? { heading: trIn(lang, 'mailFactCheckMessage'), text: data.comment } : undefined,
      action: { label: trIn(lang, 'mailFactCheckAnswer'), url: data.url },
    },
  )
}
