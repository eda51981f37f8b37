import { formatDate, render, type RenderedEmail, type TemplateBase } from './layout.js'

export type FactCheckRequestData = TemplateBase & {
  expertName: string
  requesterName?: string
  expiresAt: string
}

/** To an outside expert (no account): a signed, single-use link to verify a content before publication. */
export const factCheckRequest = (data: FactCheckRequestData): RenderedEmail =>
  render(
    { ...data, recipientName: data.expertName },
    {
      subject: `[${data.institutionName}] Solicitud de verificación: ${data.title}`,
      paragraphs: [
        `${data.requesterName ? `${data.requesterName}, de la Oficina de Comunicación Social, le pide` : 'La Oficina de Comunicación Social le pide'} verificar la información del contenido «${data.title}» antes de su publicación.`,
        `El enlace es personal, sirve una sola vez y vence el ${formatDate(data.expiresAt)}. No necesita usuario ni contraseña. Por favor no lo reenvíe.`,
      ],
      comment: data.comment ? { heading: 'Mensaje', text: data.comment } : undefined,
      action: { label: 'Revisar y responder', url: data.url },
    },
  )
