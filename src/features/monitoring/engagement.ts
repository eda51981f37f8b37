/**
 * Engagement rate in percent: engagements / reach × 100 (or / impressions, by option), rounded
 * to two decimals; null when the denominator is missing or zero (never a division by zero).
 */
export const engagementRate = (
  engagements: null | number | undefined,
  base: null | number | undefined,
): null | number => {
  if (typeof engagements !== 'number' || typeof base !== 'number' || !(base > 0)) return null
  return Math.round((engagements / base) * 10_000) / 100
}
