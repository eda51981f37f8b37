import { render, type RenderedEmail, type TemplateBase } from './layout.js'

export type FactCheckAnsweredData = TemplateBase & {
  expertName: string
  expertEmail: string
  verdict: 'comments' | 'confirmed'
}

/** To the editor who asked for the fact check: the outside expert answered. */
export const factCheckAnswered = (data: FactCheckAnsweredData): RenderedEmail =>
  render(data, {
    subject: `[${data.institutionName}] Verificación externa ${data.verdict === 'confirmed' ? 'confirmada' : 'con observaciones'}: ${data.title}`,
    paragraphs: [
      data.verdict === 'confirmed'
        ? `${data.expertName} <${data.expertEmail}> confirmó la información del contenido «${data.title}».`
        : `${data.expertName} <${data.expertEmail}> dejó observaciones sobre el contenido «${data.title}».`,
      'La respuesta quedó registrada en la bitácora del contenido.',
    ],
    comment: data.comment ? { heading: 'Observaciones', text: data.comment } : undefined,
    action: { label: 'Ver el contenido', url: data.url },
  })
