'use client'

import type { IndicatorTrend } from '../indicators/trend.js'

import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { IndicatorTrendChart } from './IndicatorTrendChart.js'

/** The dashboard's indicator trends: one small chart per indicator, each with its table behind a disclosure. */
export function IndicatorTrendsPanel({ trends }: { trends: IndicatorTrend[] }) {
  const t = usePregoneroT()
  const measured = trends.filter((trend) => trend.points.length > 0)
  return (
    <section aria-labelledby="pregonero-indicator-trends" className="pregonero-card pregonero-card--wide">
      <h2 className="pregonero-card__title" id="pregonero-indicator-trends">
        {t('trendsDashboardTitle')}
      </h2>
      {measured.length === 0 ? (
        <p className="pregonero-empty">{t('trendsDashboardEmpty')}</p>
      ) : (
        <div className="pregonero-trends">
          {measured.map((trend) => (
            <IndicatorTrendChart height={160} key={String(trend.id)} table="details" trend={trend} />
          ))}
        </div>
      )}
    </section>
  )
}
