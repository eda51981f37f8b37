import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type RequestNeedsInfoData = TemplateBase

/** To the requester (and the department mailbox): the office needs more information. */
export const requestNeedsInfo = (data: RequestNeedsInfoData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] La solicitud ${label(data)} requiere información`,
    paragraphs: [
      `La Oficina de Comunicación Social necesita más información para atender la solicitud «${label(data)}».`,
      'Complete la información en la solicitud y envíela de nuevo.',
    ],
    comment: data.comment ? { heading: 'Información solicitada', text: data.comment } : undefined,
    action: { label: 'Responder en la solicitud', url: data.url },
  })
