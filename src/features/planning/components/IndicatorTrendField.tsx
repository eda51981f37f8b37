import type { UIFieldServerProps } from 'payload'

import { tr } from '../../../kernel/i18n/index.js'
import { indicatorTrends } from '../indicators/trend.js'
import { IndicatorTrendChart } from './IndicatorTrendChart.js'

/** In an indicator's edit view: its last twelve measurements against the target, chart and table. */
export async function IndicatorTrendField({ id, payload, req }: UIFieldServerProps) {
  if (id === undefined || id === null || id === '') return null
  const [trend] = await indicatorTrends(payload, { user: req.user, req, only: id })
  if (!trend) return null
  return (
    <section aria-labelledby="pregonero-indicator-trend" className="pregonero-card pregonero-trend-field">
      <h3 className="pregonero-card__title" id="pregonero-indicator-trend">
        {tr(req, 'trendFieldTitle')}
      </h3>
      <IndicatorTrendChart trend={trend} />
    </section>
  )
}

export default IndicatorTrendField
