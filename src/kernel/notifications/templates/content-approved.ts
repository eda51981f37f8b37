import { render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type ContentApprovedData = TemplateBase

/** To the author / last editor: the content was approved and may be published. */
export const contentApproved = (data: ContentApprovedData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailApprovedSubject', { institution: data.institutionName, title: data.title }),
    paragraphs: [trIn(data.lang, 'mailApprovedBody', { title: data.title })],
    comment: data.comment ? { heading: trIn(data.lang, 'mailComment'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailSeeContent'), url: data.url },
  })
