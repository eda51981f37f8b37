import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type RequestCancelledData = TemplateBase & { cancelledBy?: string }

/** To the people the cancellation concerns: its assignees and the head (and the requester when the office cancelled it). */
export const requestCancelled = (data: RequestCancelledData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] La solicitud ${label(data)} fue anulada`,
    paragraphs: [
      `La solicitud de comunicación «${label(data)}» fue anulada${data.cancelledBy ? ` por ${data.cancelledBy}` : ''}.`,
      'Ya no es necesario trabajar en ella.',
    ],
    comment: data.comment ? { heading: 'Motivo', text: data.comment } : undefined,
    action: { label: 'Ver la solicitud', url: data.url },
  })
