/**
 * A period label as people read it: '2026-03' → 'mar 2026' (es-CO) / 'Mar 2026' (en);
 * '2026-Q1' → 'T1 2026' / 'Q1 2026'; anything else as it is.
 */
export const periodLabel = (period: string, language: string, t: (key: 'chartQuarter', vars: Record<string, unknown>) => string): string => {
  const month = /^(\d{4})-(\d{2})$/.exec(period)
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15))
    return new Intl.DateTimeFormat(language === 'en' ? 'en' : 'es-CO', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date).replace('.', '')
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period)
  if (quarter) return t('chartQuarter', { quarter: quarter[2], year: quarter[1] })
  return period
}
