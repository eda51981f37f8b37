/** Messages shared by every feature (errors that name a field and a rule, generic refusals). */
export const commonMessages = {
  es: {
    unauthorized: 'Inicie sesión para continuar.',
    forbidden: 'No tiene permiso para esta acción.',
    notFound: 'No se encontró el documento.',
  },
  en: {
    unauthorized: 'Sign in to continue.',
    forbidden: 'You are not allowed to do this.',
    notFound: 'The document was not found.',
  },
} as const
