import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type RequestRejectedData = TemplateBase

/** To the requester (and the department mailbox): the request was not accepted. */
export const requestRejected = (data: RequestRejectedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] La solicitud ${label(data)} fue rechazada`,
    paragraphs: [`La solicitud de comunicación «${label(data)}» no fue aceptada.`],
    comment: data.comment ? { heading: 'Motivo', text: data.comment } : undefined,
    action: { label: 'Ver la solicitud', url: data.url },
  })
