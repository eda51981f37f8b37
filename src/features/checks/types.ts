/** The checks of part C, by name (also the values of `checkOverrides.check`). */
export const CHECK_NAMES = ['brand', 'accessibility', 'consent', 'neutrality', 'plainLanguage', 'election', 'signLanguage'] as const
export type CheckName = (typeof CHECK_NAMES)[number]

export const CHECK_LABELS: Record<CheckName, { es: string; en: string }> = {
  brand: { es: 'Marca (colores y tamaño)', en: 'Brand (colours and size)' },
  accessibility: { es: 'Accesibilidad', en: 'Accessibility' },
  consent: { es: 'Autorizaciones y licencias', en: 'Consent and licences' },
  neutrality: { es: 'Neutralidad (Ley 2345/2023)', en: 'Neutral brand (Ley 2345/2023)' },
  plainLanguage: { es: 'Lenguaje claro', en: 'Plain language' },
  election: { es: 'Periodo electoral (Ley 996/2005)', en: 'Election period (Ley 996/2005)' },
  signLanguage: { es: 'Lengua de señas (Ley 982/2005)', en: 'Sign language (Ley 982/2005)' },
}

/**
 * One check's outcome. `fail` blocks approval (unless the head overrides it); `info` never does
 * (plain-language hints); `not-applicable` when the content has nothing to check.
 */
export type CheckResult = {
  check: CheckName
  status: 'fail' | 'info' | 'not-applicable' | 'pass'
  messages: string[]
  details?: Record<string, unknown>
}
