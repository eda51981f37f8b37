/** Risk rating from likelihood × impact (1–5 each), in the DAFP style of the risk map. */
export const ratingOf = (likelihood?: null | number, impact?: null | number): { score: null | number; level: null | string } => {
  if (!likelihood || !impact) return { score: null, level: null }
  const score = likelihood * impact
  const level = score <= 3 ? 'low' : score <= 6 ? 'moderate' : score <= 12 ? 'high' : 'extreme'
  return { score, level }
}

/** Days between self-control checks for each control frequency. */
export const FREQUENCY_DAYS: Record<string, number> = {
  daily: 1,
  weekly: 7,
  monthly: 31,
  quarterly: 92,
  semiannual: 183,
  annual: 366,
}

export const FREQUENCIES = [
  { value: 'daily', label: { es: 'Diaria', en: 'Daily' } },
  { value: 'weekly', label: { es: 'Semanal', en: 'Weekly' } },
  { value: 'monthly', label: { es: 'Mensual', en: 'Monthly' } },
  { value: 'quarterly', label: { es: 'Trimestral', en: 'Quarterly' } },
  { value: 'semiannual', label: { es: 'Semestral', en: 'Semiannual' } },
  { value: 'annual', label: { es: 'Anual', en: 'Annual' } },
]

/** When the next self-control check of a control is due: from its last check, or from when the control began. */
export const nextCheckDue = (frequency: string, lastCheck: Date | null, since: Date): Date =>
  new Date((lastCheck ?? since).getTime() + (FREQUENCY_DAYS[frequency] ?? 31) * 86_400_000)
