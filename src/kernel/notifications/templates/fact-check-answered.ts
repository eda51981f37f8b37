import { render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type FactCheckAnsweredData = TemplateBase & {
  expertName: string
  expertEmail: string
  verdict: 'comments' | 'confirmed'
}

/** To the editor who asked for the fact check, in their language: the outside expert answered. */
export const factCheckAnswered = (data: FactCheckAnsweredData): RenderedEmail => {
  const lang = data.lang
  const confirmed = data.verdict === 'confirmed'
  const vars = { institution: data.institutionName, title: data.title, expert: data.expertName, email: data.expertEmail }
  return render(data, {
    subject: trIn(lang, confirmed ? 'mailFactCheckConfirmedSubject' : 'mailFactCheckCommentsSubject', vars),
    paragraphs: [trIn(lang, confirmed ? 'mailFactCheckConfirmedBody' : 'mailFactCheckCommentsBody', vars), trIn(lang, 'mailFactCheckRecorded')],
    comment: data.comment ? { heading: trIn(lang, 'mailFactCheckComments'), text: data.comment } : undefined,
    action: { label: trIn(lang, 'mailSeeContent'), url: data.url },
  })
}
