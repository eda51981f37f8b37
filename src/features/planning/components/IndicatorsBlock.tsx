import type { Payload, TypedUser } from 'payload'

import { safely } from '../../../kernel/components/shared.js'
import { SLUGS } from '../../../kernel/slugs.js'
import { indicatorTrends } from '../indicators/trend.js'
import { IndicatorTrendsPanel } from './IndicatorTrendsPanel.js'

type Measurement = {
  id: number | string
  value?: null | number
  meetsTarget?: boolean | null
  indicator?: null | number | string | { id: number | string; code?: string; name?: string; target?: null | number; unit?: null | string }
}

const WIDTH = 240
const BAR = 14

/**
 * Each indicator's latest measurement against its target, with a small inline SVG bar chart, then each
 * indicator's 12-month trend against its target (IndicatorTrendsPanel). Rendered only
 * when the `indicators` and `indicator-measurements` collections exist (area: plan/indicators).
 */
export async function IndicatorsBlock({ payload, user }: { payload: Payload; user: TypedUser }) {
  const collections = payload.collections as Record<string, unknown>
  if (!collections['indicators'] || !collections['indicator-measurements']) return null
  // The latest measurement of each indicator (the month just closed, or the last quarter).
  const found = await safely(() =>
    payload.find({
      collection: SLUGS.indicatorMeasurements,
      where: { periodStart: { greater_than_equal: new Date(Date.now() - 400 * 86_400_000).toISOString() } },
      sort: '-periodStart',
      limit: 200,
      depth: 1,
      overrideAccess: false,
      user,
    }),
  )
  if (!found) return null
  const latest = new Map<string, Measurement>()
  for (const doc of found.docs as unknown as Measurement[]) {
    const key = String(doc.indicator && typeof doc.indicator === 'object' ? doc.indicator.id : doc.indicator)
    if (!latest.has(key)) latest.set(key, doc)
  }
  const rows = [...latest.values()]
    .map((doc) => {
      const indicator = doc.indicator && typeof doc.indicator === 'object' ? doc.indicator : null
      return {
        id: doc.id,
        name: indicator ? `${indicator.code ? `${indicator.code} ` : ''}${indicator.name ?? ''}`.trim() : String(doc.indicator ?? ''),
        value: typeof doc.value === 'number' ? doc.value : 0,
        target: typeof indicator?.target === 'number' ? indicator.target : null,
        unit: indicator?.unit ?? '',
        meets: doc.meetsTarget,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
  const trends = (await safely(() => indicatorTrends(payload, { user }))) ?? []
  const max = Math.max(1, ...rows.map((row) => Math.max(row.value, row.target ?? 0)))
  const height = rows.length * (BAR + 10) + 4
  return (
    <>
    <section aria-labelledby="pregonero-indicators" className="pregonero-card pregonero-card--wide">
      <h2 className="pregonero-card__title" id="pregonero-indicators">
        Indicadores del mes frente a la meta
      </h2>
      {rows.length === 0 ? (
        <p className="pregonero-empty">Aún no hay mediciones este mes.</p>
      ) : (
        <div className="pregonero-indicators">
          <svg aria-labelledby="pregonero-indicators-chart" className="pregonero-chart" height={height} role="img" viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH}>
            <title id="pregonero-indicators-chart">Valor medido (barra) y meta (línea) de cada indicador</title>
            {rows.map((row, index) => {
              const y = 2 + index * (BAR + 10)
              return (
                <g key={row.id}>
                  <rect className={row.meets === false ? 'pregonero-chart__bar--miss' : 'pregonero-chart__bar'} height={BAR} width={(row.value / max) * (WIDTH - 8)} x={0} y={y} />
                  {row.target !== null ? (
                    <line className="pregonero-chart__target" x1={(row.target / max) * (WIDTH - 8)} x2={(row.target / max) * (WIDTH - 8)} y1={y - 2} y2={y + BAR + 2} />
                  ) : null}
                </g>
              )
            })}
          </svg>
          <table className="pregonero-table">
            <caption className="pregonero-sr-only">Indicadores del mes</caption>
            <thead>
              <tr>
                <th scope="col">Indicador</th>
                <th scope="col">Valor</th>
                <th scope="col">Meta</th>
                <th scope="col">Cumple</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.name}</td>
                  <td>
                    {row.value} {row.unit}
                  </td>
                  <td>{row.target ?? '—'}</td>
                  <td>{row.meets === true ? 'Sí' : row.meets === false ? 'No' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
    <IndicatorTrendsPanel trends={trends} />
    </>
  )
}
