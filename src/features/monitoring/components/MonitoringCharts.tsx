'use client'

import type { ReactNode } from 'react'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { MonitoringOverview } from '../overview.js'

import { ChartTable } from '../../../kernel/components/charts/ChartTable.js'
import { periodLabel } from '../../../kernel/components/charts/periodLabel.js'
import { usePregoneroT } from '../../../kernel/i18n/client.js'
import { SOCIAL_NETWORKS } from '../vocabulary.js'

const COLOURS = { positive: '#067647', neutral: '#667085', negative: '#b42318', reach: '#175cd3', engagements: '#dc6803', line: '#175cd3' }

/** A chart (a picture only, aria-hidden) with its caption and its table, the text alternative. */
function ChartFigure({ id, title, label, chart, table }: { id: string; title: string; label: string; chart: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="pregonero-card">
      <h2 className="pregonero-card__title" id={`${id}-title`}>
        {title}
      </h2>
      <figure aria-labelledby={`${id}-caption`} className="pregonero-trend" id={id}>
        <figcaption className="pregonero-trend__caption" id={`${id}-caption`}>
          {label}
        </figcaption>
        <div aria-hidden="true" className="pregonero-trend__chart" style={{ height: 260 }}>
          <ResponsiveContainer height="100%" width="100%">
            {chart}
          </ResponsiveContainer>
        </div>
        {table}
      </figure>
    </section>
  )
}

/** The monitoring page's charts and tables: sentiment over time, share of voice, pickup, accounts. */
export function MonitoringCharts({ overview }: { overview: MonitoringOverview }) {
  const t = usePregoneroT()
  const locale = t.language === 'en' ? 'en' : 'es-CO'
  const n = (value: number) => value.toLocaleString(locale)
  const pct = (value: null | number) => (value === null ? t('chartNone') : `${(value * 100).toLocaleString(locale, { maximumFractionDigits: 1 })} %`)
  const index = (value: null | number) => (value === null ? t('chartNone') : (value * 100).toLocaleString(locale, { maximumFractionDigits: 0 }))
  const months = overview.months.map((m) => ({ ...m, label: periodLabel(m.month, t.language, t), ratePct: m.pickupRate === null ? null : Math.round(m.pickupRate * 1000) / 10 }))
  const monthName = periodLabel(overview.month, t.language, t)
  const topics = overview.topics.map((topic) => ({ ...topic, name: topic.topic ?? t('monitoringNoTopic'), sharePct: Math.round(topic.share * 1000) / 10 }))
  const network = (value: null | string) => {
    const label = SOCIAL_NETWORKS.find((n) => n.value === value)?.label
    return label ? (t.language === 'en' ? label.en : label.es) : (value ?? '')
  }
  const accounts = overview.accounts.map((a) => ({ ...a, name: `${network(a.network)} ${a.handle ?? ''}`.trim() }))
  const axis = { fontSize: 11, stroke: 'var(--theme-elevation-600)' }
  const grid = <CartesianGrid stroke="var(--theme-elevation-150)" strokeDasharray="3 3" />
  const totals = overview.totals
  return (
    <div className="pregonero-monitoring">
      <section aria-labelledby="pregonero-monitoring-month" className="pregonero-card">
        <h2 className="pregonero-card__title" id="pregonero-monitoring-month">
          {t('monitoringMonthTitle', { month: monthName })}
        </h2>
        <dl className="pregonero-figures">
          <div>
            <dt>{t('monitoringMentions')}</dt>
            <dd data-figure="mentions">{n(totals.mentions)}</dd>
          </div>
          <div>
            <dt>{t('monitoringNetSentiment')}</dt>
            <dd data-figure="net-sentiment">{index(totals.netSentiment)}</dd>
          </div>
          <div>
            <dt>{t('monitoringPickup')}</dt>
            <dd data-figure="pickup">{t('monitoringPickupValue', { picked: n(totals.pickedUp), releases: n(totals.releases), rate: pct(totals.pickupRate) })}</dd>
          </div>
          <div>
            <dt>{t('monitoringReach')}</dt>
            <dd data-figure="reach">{n(totals.reach)}</dd>
          </div>
          <div>
            <dt>{t('monitoringEngagement')}</dt>
            <dd data-figure="engagements">{n(totals.engagements)}</dd>
          </div>
        </dl>
      </section>

      <ChartFigure
        chart={
          <BarChart accessibilityLayer={false} data={months}>
            {grid}
            <XAxis dataKey="label" {...axis} />
            <YAxis allowDecimals={false} width={36} {...axis} />
            <Tooltip />
            <Legend />
            <Bar dataKey="positive" fill={COLOURS.positive} isAnimationActive={false} name={t('monitoringPositive')} stackId="s" />
            <Bar dataKey="neutral" fill={COLOURS.neutral} isAnimationActive={false} name={t('monitoringNeutral')} stackId="s" />
            <Bar dataKey="negative" fill={COLOURS.negative} isAnimationActive={false} name={t('monitoringNegative')} stackId="s" />
          </BarChart>
        }
        id="pregonero-monitoring-sentiment"
        label={t('monitoringSentimentLabel')}
        table={
          <ChartTable
            head={[t('monitoringMonth'), t('monitoringPositive'), t('monitoringNeutral'), t('monitoringNegative'), t('monitoringNetSentiment')]}
            rows={months.map((m) => ({ key: m.month, label: m.label, cells: [n(m.positive), n(m.neutral), n(m.negative), index(m.netSentiment)] }))}
          />
        }
        title={t('monitoringSentimentTitle')}
      />

      <ChartFigure
        chart={
          <BarChart accessibilityLayer={false} data={topics} layout="vertical" margin={{ left: 24 }}>
            {grid}
            <XAxis type="number" unit=" %" {...axis} />
            <YAxis dataKey="name" type="category" width={110} {...axis} />
            <Tooltip />
            <Bar dataKey="sharePct" fill={COLOURS.reach} isAnimationActive={false} name={t('monitoringShare')} />
          </BarChart>
        }
        id="pregonero-monitoring-share"
        label={t('monitoringShareLabel')}
        table={
          <ChartTable
            empty={<p className="pregonero-empty">{t('monitoringEmpty')}</p>}
            head={[t('monitoringTopic'), t('monitoringMentions'), t('monitoringShare')]}
            rows={topics.map((topic) => ({ key: topic.name, label: topic.name, cells: [n(topic.mentions), pct(topic.share)] }))}
          />
        }
        title={t('monitoringShareTitle')}
      />

      <ChartFigure
        chart={
          <LineChart accessibilityLayer={false} data={months}>
            {grid}
            <XAxis dataKey="label" {...axis} />
            <YAxis domain={[0, 100]} unit=" %" width={48} {...axis} />
            <Tooltip />
            <Line connectNulls dataKey="ratePct" isAnimationActive={false} name={t('monitoringRate')} stroke={COLOURS.line} strokeWidth={2} type="linear" />
          </LineChart>
        }
        id="pregonero-monitoring-pickup"
        label={t('monitoringPickupLabel')}
        table={
          <ChartTable
            head={[t('monitoringMonth'), t('monitoringReleases'), t('monitoringPicked'), t('monitoringRate')]}
            rows={months.map((m) => ({ key: m.month, label: m.label, cells: [n(m.releases), n(m.pickedUp), pct(m.pickupRate)] }))}
          />
        }
        title={t('monitoringPickupTitle')}
      />

      <ChartFigure
        chart={
          <BarChart accessibilityLayer={false} data={accounts}>
            {grid}
            <XAxis dataKey="name" {...axis} />
            <YAxis width={64} {...axis} />
            <Tooltip />
            <Legend />
            <Bar dataKey="reach" fill={COLOURS.reach} isAnimationActive={false} name={t('monitoringReach')} />
            <Bar dataKey="engagements" fill={COLOURS.engagements} isAnimationActive={false} name={t('monitoringEngagement')} />
          </BarChart>
        }
        id="pregonero-monitoring-accounts"
        label={t('monitoringAccountsLabel')}
        table={
          <ChartTable
            empty={<p className="pregonero-empty">{t('monitoringEmpty')}</p>}
            head={[t('monitoringAccount'), t('monitoringFollowers'), t('monitoringReach'), t('monitoringEngagement'), t('monitoringEngagementRate')]}
            rows={accounts.map((a) => ({
              key: String(a.account),
              label: a.name,
              cells: [
                a.followers === null ? t('chartNone') : n(a.followers),
                n(a.reach),
                n(a.engagements),
                a.engagementRate === null ? t('chartNone') : `${a.engagementRate.toLocaleString(locale, { maximumFractionDigits: 2 })} %`,
              ],
            }))}
          />
        }
        title={t('monitoringAccountsTitle', { month: monthName })}
      />
    </div>
  )
}
