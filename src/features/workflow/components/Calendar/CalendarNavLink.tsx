import type { Payload, TypedUser } from 'payload'

import { hasRole, OFFICE_ROLES } from '../../../../kernel/access/index.js'

/** "Calendario editorial" in the sidebar (afterNavLinks), for the office and auditors. */
export function CalendarNavLink({ payload, user }: { payload: Payload; user?: TypedUser }) {
  if (!hasRole(user, ...OFFICE_ROLES, 'auditor')) return null
  return (
    <a className="nav__link pregonero-nav-link" href={`${payload.config.routes.admin}/calendario`}>
      <span className="nav__link-label">Calendario editorial</span>
    </a>
  )
}

export default CalendarNavLink
