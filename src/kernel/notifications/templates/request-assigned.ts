import { formatDate, label, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type RequestAssignedData = TemplateBase & { departmentName?: string; dueDate?: string | null }

/** To the assignees of an accepted request. */
export const requestAssigned = (data: RequestAssignedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Se le asignó la solicitud ${label(data)}`,
    paragraphs: [
      `Se le asignó la solicitud de comunicación «${label(data)}»${data.departmentName ? ` de ${data.departmentName}` : ''}.`,
      ...(data.dueDate ? [`Fecha de vencimiento: ${formatDate(data.dueDate)}.`] : []),
    ],
    comment: data.comment ? { heading: 'Comentario', text: data.comment } : undefined,
    action: { label: 'Ver la solicitud', url: data.url },
  })
