import { render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type ContentChangesRequestedData = TemplateBase

/** To the author / last editor: the reviewer asks for changes. */
export const contentChangesRequested = (data: ContentChangesRequestedData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailChangesSubject', { institution: data.institutionName, title: data.title }),
    paragraphs: [trIn(data.lang, 'mailChangesBody', { title: data.title })],
    comment: data.comment ? { heading: trIn(data.lang, 'mailChangesHeading'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailEditContent'), url: data.url },
  })
