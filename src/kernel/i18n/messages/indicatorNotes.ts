/** Indicator measurement notes (stored as a key, rendered in each reader's language). */
export const indicatorNotesMessages = {
  es: {
    indicatorNoPetitions: 'peticiones (PQRSD) no instaladas',
  },
  en: {
    indicatorNoPetitions: 'petitions not installed',
  },
} as const
