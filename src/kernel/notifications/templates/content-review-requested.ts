import { render, type RenderedEmail, type TemplateBase } from './layout.js'

export type ContentReviewRequestedData = TemplateBase & { authorName?: string }

/** To the editors and the head (not the author): a content waits for review. */
export const contentReviewRequested = (data: ContentReviewRequestedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Revisión solicitada: ${data.title}`,
    paragraphs: [
      `${data.authorName ? `${data.authorName} envió` : 'Se envió'} a revisión el contenido «${data.title}».`,
      'Revíselo y apruébelo o solicite cambios.',
    ],
    comment: data.comment ? { heading: 'Comentario', text: data.comment } : undefined,
    action: { label: 'Revisar el contenido', url: data.url },
  })
