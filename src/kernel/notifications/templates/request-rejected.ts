import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type RequestRejectedData = TemplateBase

/** To the requester (and the department mailbox): the request was not accepted. */
export const requestRejected = (data: RequestRejectedData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailRejectedSubject', { institution: data.institutionName, label: label(data) }),
    paragraphs: [trIn(data.lang, 'mailRejectedBody', { label: label(data) })],
    comment: data.comment ? { heading: trIn(data.lang, 'mailReason'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailSeeRequest'), url: data.url },
  })
