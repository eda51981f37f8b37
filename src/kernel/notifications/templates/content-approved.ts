import { render, type RenderedEmail, type TemplateBase } from './layout.js'

export type ContentApprovedData = TemplateBase

/** To the author / last editor: the content was approved and may be published. */
export const contentApproved = (data: ContentApprovedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Contenido aprobado: ${data.title}`,
    paragraphs: [`El contenido «${data.title}» fue aprobado y queda listo para publicar.`],
    comment: data.comment ? { heading: 'Comentario', text: data.comment } : undefined,
    action: { label: 'Ver el contenido', url: data.url },
  })
