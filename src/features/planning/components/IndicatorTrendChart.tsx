'use client'

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { IndicatorTrend } from '../indicators/trend.js'

import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { periodLabel } from '../../../kernel/components/charts/periodLabel.js'

/**
 * An indicator's trend against its target (recharts line chart). The chart is a picture only
 * (aria-hidden); its text alternative is the table below it, visible or behind a disclosure.
 */
export function IndicatorTrendChart({ trend, table = 'visible', height = 220 }: { trend: IndicatorTrend; table?: 'details' | 'visible'; height?: number }) {
  const t = usePregoneroT()
  const name = `${trend.code} ${trend.name}`
  const data = trend.points.map((p) => ({ ...p, label: periodLabel(p.period, t.language, t) }))
  const captionId = `pregonero-trend-${trend.id}`
  const yesNo = (meets: boolean | null) => (meets === true ? t('chartYes') : meets === false ? t('chartNo') : t('chartNone'))
  const tableEl = (
    <table className="pregonero-table pregonero-chart-table" data-indicator={trend.code}>
      <caption className="pregonero-sr-only">{t('trendTableCaption', { name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chartPeriod')}</th>
          <th scope="col">{t('chartValue')}</th>
          <th scope="col">{t('chartTarget')}</th>
          <th scope="col">{t('chartMeets')}</th>
        </tr>
      </thead>
      <tbody>
        {data.map((p) => (
          <tr key={p.period}>
            <th scope="row">{p.label}</th>
            <td>{p.value === null ? t('chartNone') : `${p.value.toLocaleString(t.language === 'en' ? 'en' : 'es-CO')} ${trend.unit}`}</td>
            <td>{p.target === null ? t('chartNone') : p.target.toLocaleString(t.language === 'en' ? 'en' : 'es-CO')}</td>
            <td>{yesNo(p.meets)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
  return (
    <figure aria-labelledby={captionId} className="pregonero-trend">
      <figcaption className="pregonero-trend__caption" id={captionId}>
        {t('trendChartLabel', { name, unit: trend.unit })}
      </figcaption>
      {data.length === 0 ? (
        <p className="pregonero-empty">{t('trendEmpty')}</p>
      ) : (
        <>
          <div aria-hidden="true" className="pregonero-trend__chart" style={{ height }}>
            <ResponsiveContainer height="100%" width="100%">
              <LineChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
                <CartesianGrid stroke="var(--theme-elevation-150)" strokeDasharray="3 3" />
                <XAxis dataKey="label" fontSize={11} stroke="var(--theme-elevation-600)" />
                <YAxis fontSize={11} stroke="var(--theme-elevation-600)" width={44} />
                <Tooltip />
                <Line dataKey="target" dot={false} isAnimationActive={false} name={t('chartTarget')} stroke="#b42318" strokeDasharray="6 4" strokeWidth={2} type="stepAfter" />
                <Line dataKey="value" isAnimationActive={false} name={t('chartValue')} stroke="#175cd3" strokeWidth={2} type="monotone" />
              </LineChart>
            </ResponsiveContainer>
          </div>
          {table === 'details' ? (
            <details className="pregonero-trend__details">
              <summary>{t('chartTableSummary')}</summary>
              {tableEl}
            </details>
          ) : (
            tableEl
          )}
        </>
      )}
    </figure>
  )
}
