import { label, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type RequestDeliveredData = TemplateBase & { rateUrl: string }

/** To the requester (and the department mailbox): every deliverable is published; please rate it. */
export const requestDelivered = (data: RequestDeliveredData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Solicitud entregada: ${label(data)}`,
    paragraphs: [
      `Todos los productos de la solicitud «${label(data)}» fueron publicados.`,
      'Su opinión nos ayuda a mejorar: califique la atención recibida (de 1 a 5) y deje un comentario. Al calificarla, la solicitud se cierra.',
    ],
    comment: data.comment ? { heading: 'Comentario', text: data.comment } : undefined,
    action: { label: 'Calificar la solicitud', url: data.rateUrl },
  })
