/**
 * The outside expert's fact-check pages (src/features/workflow/factCheck/page.ts), in the language
 * the office chose for the expert when asking (Spanish by default).
 */
export const factCheckPageMessages = {
  es: {
    factPageOffice: 'Oficina de Comunicación Social — {{institution}}',
    factPageTitle: 'Verificación de contenido',
    factPageGreeting:
      'Hola, {{name}}. La Oficina de Comunicación Social le pide verificar la información de este contenido antes de publicarlo. Es una vista de solo lectura.',
    factPageYourAnswer: 'Su respuesta',
    factPageVerdictConfirmed: 'La información es correcta (confirmo)',
    factPageVerdictComments: 'Tengo observaciones',
    factPageCommentLabel: 'Observaciones (obligatorias si tiene observaciones)',
    factPageOnceNote: 'El enlace sirve una sola vez y vence el {{date}}. Su respuesta queda en la bitácora del contenido.',
    factPageSubmit: 'Enviar respuesta',
    factPageThanksTitle: 'Respuesta registrada',
    factPageThanksHeading: 'Gracias',
    factPageThanks: 'Su respuesta sobre «{{title}}» quedó registrada y la oficina fue notificada. Ya puede cerrar esta página.',
    factPageIncompleteHeading: 'Respuesta incompleta',
    factPageVerdictMissing: 'Elija una respuesta: la información es correcta, o tiene observaciones.',
    factPageCommentMissing: 'Escriba sus observaciones, o elija «La información es correcta».',
    factPageCommentTooLong: 'Sus observaciones pasan de {{max}} caracteres: acórtelas.',
    factPageGoBack: 'Vuelva a la página anterior de su navegador para completarla: lo que escribió sigue allí.',
  },
  en: {
    factPageOffice: 'Social Communication Office — {{institution}}',
    factPageTitle: 'Content fact check',
    factPageGreeting:
      'Hello, {{name}}. The Social Communication Office asks you to check the information in this content before it is published. This is a read-only view.',
    factPageYourAnswer: 'Your answer',
    factPageVerdictConfirmed: 'The information is correct (I confirm)',
    factPageVerdictComments: 'I have comments',
    factPageCommentLabel: 'Comments (required if you have comments)',
    factPageOnceNote: 'The link works only once and expires on {{date}}. Your answer is recorded in the content\'s log.',
    factPageSubmit: 'Send answer',
    factPageThanksTitle: 'Answer recorded',
    factPageThanksHeading: 'Thank you',
    factPageThanks: 'Your answer about "{{title}}" was recorded and the office was notified. You may close this page.',
    factPageIncompleteHeading: 'Incomplete answer',
    factPageVerdictMissing: 'Choose an answer: the information is correct, or you have comments.',
    factPageCommentMissing: 'Write your comments, or choose "The information is correct".',
    factPageCommentTooLong: 'Your comments are longer than {{max}} characters: please shorten them.',
    factPageGoBack: 'Go back to the previous page in your browser to complete it: what you wrote is still there.',
  },
} as const
