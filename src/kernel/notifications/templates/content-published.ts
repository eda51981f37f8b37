import { formatDate, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type ContentPublishedData = TemplateBase & {
  publishedAt?: string | null
  /** The request the content answers, if any. */
  request?: { code?: string; title: string; url: string }
}

/** To the requester and the assignees of the request the content answers. */
export const contentPublished = (data: ContentPublishedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Publicado: ${data.title}`,
    paragraphs: [
      `Se publicó el contenido «${data.title}»${data.publishedAt ? ` el ${formatDate(data.publishedAt)}` : ''}.`,
      ...(data.request
        ? [`Responde a la solicitud ${data.request.code ? `${data.request.code} · ` : ''}«${data.request.title}»: ${data.request.url}`]
        : []),
    ],
    comment: data.comment ? { heading: 'Comentario', text: data.comment } : undefined,
    action: { label: 'Ver el contenido', url: data.url },
  })
