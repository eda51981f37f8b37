import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'
import { trIn } from '../../i18n/index.js'

export type RequestCancelledData = TemplateBase & { cancelledBy?: string }

/** To the people the cancellation concerns: its assignees and the head (and the requester when the office cancelled it). */
export const requestCancelled = (data: RequestCancelledData): RenderedEmail =>
  render(data, {
    subject: trIn(data.lang, 'mailCancelledSubject', { institution: data.institutionName, label: label(data) }),
    paragraphs: [
      trIn(data.lang, 'mailCancelledBody', { label: label(data), by: data.cancelledBy ? trIn(data.lang, 'mailCancelledBy', { name: data.cancelledBy }) : '' }),
      trIn(data.lang, 'mailCancelledNoMore'),
    ],
    comment: data.comment ? { heading: trIn(data.lang, 'mailReason'), text: data.comment } : undefined,
    action: { label: trIn(data.lang, 'mailSeeRequest'), url: data.url },
  })
