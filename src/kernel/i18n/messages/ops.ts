/** Messages of operations: the health endpoint (issue 16, item 4). */
export const opsMessages = {
  es: {
    healthOk: 'Servicio en funcionamiento.',
    healthFailing: 'Servicio con fallas en: {{parts}}.',
  },
  en: {
    healthOk: 'Service is up.',
    healthFailing: 'Service failing in: {{parts}}.',
  },
} as const
