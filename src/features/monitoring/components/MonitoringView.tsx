import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'

import { hasRole, MONITORING_READERS } from '../../../kernel/access/index.js'
import { tr } from '../../../kernel/i18n/index.js'
import { pluginOptions } from '../../../kernel/notifications/options.js'
import { monitoringOverview } from '../overview.js'
import { MonitoringCharts } from './MonitoringCharts.js'

/**
 * /admin/monitoreo — the office's media and social monitoring at a glance: this month's numbers,
 * sentiment per month, share of voice by topic, press-release pickup and reach/engagement per
 * account, each chart with its table. For the office and auditors (MONITORING_READERS).
 */
export async function MonitoringView(props: AdminViewServerProps & { timeZone?: string }) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, user } = req
  const allowed = hasRole(user, ...MONITORING_READERS) && Boolean((payload.collections as Record<string, unknown>)['media-mentions'])
  const overview = allowed ? await monitoringOverview(req, props.timeZone ?? pluginOptions(payload).timeZone) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>{tr(req, 'monitoringTitle')}</h1>
        {overview ? (
          <>
            <p className="pregonero-meta">{tr(req, 'monitoringIntro')}</p>
            <MonitoringCharts overview={overview} />
          </>
        ) : (
          <p>{tr(req, 'monitoringForbidden')}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}

export default MonitoringView
