/** How a value compares with the indicator's target and alert threshold. */
export type IndicatorRule = { target?: null | number; alertThreshold?: null | number; direction?: null | string }

export type Light = 'green' | 'grey' | 'red' | 'yellow'

export const meetsTarget = (value: null | number, rule: IndicatorRule): boolean | null => {
  if (value === null || rule.target === null || rule.target === undefined) return null
  return rule.direction === 'lower' ? value <= rule.target : value >= rule.target
}

export const belowThreshold = (value: null | number, rule: IndicatorRule): boolean => {
  if (value === null || rule.alertThreshold === null || rule.alertThreshold === undefined) return false
  return rule.direction === 'lower' ? value > rule.alertThreshold : value < rule.alertThreshold
}

/** Traffic light: green meets the target, red crosses the alert threshold, yellow in between, grey without data. */
export const lightOf = (value: null | number, rule: IndicatorRule): Light => {
  if (value === null) return 'grey'
  if (belowThreshold(value, rule)) return 'red'
  return meetsTarget(value, rule) === false ? 'yellow' : 'green'
}
