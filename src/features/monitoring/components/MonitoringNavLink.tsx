import type { Payload, PayloadRequest, TypedUser } from 'payload'

import { hasRole, MONITORING_READERS } from '../../../kernel/access/index.js'
import { tr } from '../../../kernel/i18n/index.js'

/** "Monitoreo" in the sidebar (afterNavLinks), for those who read monitoring. */
export function MonitoringNavLink({ payload, user, i18n }: { payload: Payload; user?: TypedUser; i18n?: PayloadRequest['i18n'] }) {
  if (!hasRole(user, ...MONITORING_READERS)) return null
  if (!(payload.collections as Record<string, unknown>)['media-mentions']) return null
  return (
    <a className="nav__link pregonero-nav-link" href={`${payload.config.routes.admin}/monitoreo`}>
      <span className="nav__link-label">{tr({ i18n }, 'monitoringNav')}</span>
    </a>
  )
}

export default MonitoringNavLink
