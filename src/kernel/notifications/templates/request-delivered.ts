import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type RequestDeliveredData = TemplateBase & { rateUrl: string }

/** To the requester (and the department mailbox): every deliverable is published; please rate it. */
export const requestDelivered = (data: RequestDeliveredData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailDeliveredSubject', { institution: data.institutionName, label: label(data) }),
    paragraphs: [trIn(data.lang, 'mailDeliveredBody', { label: label(data) }), trIn(data.lang, 'mailDeliveredRate')],
    comment: data.comment ? { heading: trIn(data.lang, 'mailComment'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailRateRequest'), url: data.rateUrl },
  })
