/**
 * Refusals that say their own rule (issue 15, item 7): a direct edit of a published content, and an
 * auditor filing a communication request.
 */
export const refusalReasonsMessages = {
  es: {
    contentPublishedEditNeedsPublisher:
      'Un contenido publicado solo lo cambia quien puede publicar ({{roles}}). Guarde su cambio como borrador de corrección («Guardar borrador»; en la API, draft=true) y pida a quien publica que lo ponga en línea. Cambios: {{fields}}',
    auditorFilesNoRequests:
      'Control interno y los entes de control consultan las solicitudes de comunicación, no las radican. Para pedir una pieza, hágalo desde la cuenta de un enlace de dependencia o de la oficina de comunicaciones.',
    auditorReadsOnly: 'Control interno y los entes de control consultan los registros; no los crean, cambian ni borran.',
  },
  en: {
    contentPublishedEditNeedsPublisher:
      'A published content is changed only by whoever may publish ({{roles}}). Save your change as a draft correction ("Save draft"; over the API, draft=true) and ask a publisher to put it live. Changes: {{fields}}',
    auditorFilesNoRequests:
      'Internal control and oversight bodies read communication requests; they do not file them. To ask for a piece, use a department liaison\'s or the communications office\'s account.',
    auditorReadsOnly: 'Internal control and oversight bodies read records; they do not create, change or delete them.',
  },
} as const
