import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type RequestNeedsInfoData = TemplateBase

/** To the requester (and the department mailbox): the office needs more information. */
export const requestNeedsInfo = (data: RequestNeedsInfoData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailNeedsInfoSubject', { institution: data.institutionName, label: label(data) }),
    paragraphs: [trIn(data.lang, 'mailNeedsInfoBody', { label: label(data) }), trIn(data.lang, 'mailNeedsInfoAsk')],
    comment: data.comment ? { heading: trIn(data.lang, 'mailNeedsInfoHeading'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailAnswerRequest'), url: data.url },
  })
