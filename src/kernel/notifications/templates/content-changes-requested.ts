import { render, type RenderedEmail, type TemplateBase } from './layout.js'

export type ContentChangesRequestedData = TemplateBase

/** To the author / last editor: the reviewer asks for changes. */
export const contentChangesRequested = (data: ContentChangesRequestedData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Cambios solicitados: ${data.title}`,
    paragraphs: [`La revisión del contenido «${data.title}» pide cambios antes de aprobarlo.`],
    comment: data.comment ? { heading: 'Cambios solicitados', text: data.comment } : undefined,
    action: { label: 'Editar el contenido', url: data.url },
  })
