import type { CollectionConfig, Config } from 'payload'

import type { ResolvedOptions } from '../../types.js'

import { hasRole, type Role, type UserLike } from '../access/index.js'
import { clientComponent, serverComponent } from './componentPaths.js'

export { getCalendarData, calendarRange, bogotaDay } from '../../features/workflow/calendar/calendarData.js'
export { requestTrafficLight } from '../../features/workflow/trafficLight.js'

/** The calendar's admin route (under the admin's route, e.g. /admin/calendario). */
export const CALENDAR_PATH = '/calendario'
/** The monitoring page's admin route (/admin/monitoreo). */
export const MONITORING_PATH = '/monitoreo'

/**
 * Admin components are named by the package's entry points ('pregonero/client#X',
 * 'pregonero/rsc#X': kernel/admin/componentPaths.ts), so a host's import map finds them.
 */
type AdminComponents = NonNullable<NonNullable<Config['admin']>['components']>

/** The admin additions (area: admin): dashboard block, calendar view and its nav link. */
export const adminComponents = (options?: ResolvedOptions): AdminComponents => ({
  beforeDashboard: [serverComponent('Dashboard')],
  afterNavLinks: [serverComponent('CalendarNavLink'), serverComponent('MonitoringNavLink')],
  views: {
    editorialCalendar: {
      Component: serverComponent('CalendarView'),
      path: CALENDAR_PATH,
      exact: true,
      meta: { title: 'Calendario editorial', description: 'Publicaciones programadas, vencimientos y cubrimientos' },
    },
    monitoring: {
      Component: { path: serverComponent('MonitoringView'), serverProps: { timeZone: options?.monitoring.timeZone } },
      path: MONITORING_PATH,
      exact: true,
      meta: { title: 'Monitoreo de medios y redes', description: 'Sentimiento, participación por tema, recogida de comunicados y redes' },
    },
  },
})

/** Merges `adminComponents()` into an admin config, keeping what the app already registered. */
export const withAdminComponents = (admin: Config['admin'], options?: ResolvedOptions): Config['admin'] => {
  const ours = adminComponents(options)
  const theirs = admin?.components ?? {}
  const branding = options?.branding
  // The institution's logo and icon, unless the host set its own graphics; the office in the title.
  const graphics = branding
    ? {
        Logo: theirs.graphics?.Logo ?? { path: clientComponent('InstitutionLogo'), clientProps: { src: branding.logo, alt: branding.logoAlt } },
        Icon: theirs.graphics?.Icon ?? { path: clientComponent('InstitutionIcon'), clientProps: { src: branding.icon, alt: branding.logoAlt } },
      }
    : theirs.graphics
  return {
    ...admin,
    meta: branding ? { ...admin?.meta, titleSuffix: admin?.meta?.titleSuffix ?? ` · ${branding.officeName}` } : admin?.meta,
    components: {
      ...theirs,
      graphics,
      beforeDashboard: [...(theirs.beforeDashboard ?? []), ...(ours.beforeDashboard ?? [])],
      afterNavLinks: [...(theirs.afterNavLinks ?? []), ...(ours.afterNavLinks ?? [])],
      // Error toasts stay until dismissed (the toaster's duration is one for every kind); the
      // time picker's caption in the admin's language; accessible names Payload leaves out.
      providers: [...(theirs.providers ?? []), clientComponent('PersistentErrorToasts'), clientComponent('TranslatedTimeCaption'), clientComponent('AccessibleAdmin')],
      views: { ...ours.views, ...theirs.views },
    },
  }
}

/**
 * Role-aware navigation: which roles do NOT get a collection in the sidebar (on top of what access
 * already hides: Payload leaves out any collection the user may not read, and create buttons the
 * user may not use). Requesters see only their requests and their account.
 */
// `departments` stays visible: hiding a collection can get in the way of relationship fields that
// point at it (the request form's department), and requesters may only read it anyway.
export const NAV_HIDDEN_FOR: Record<string, readonly Role[]> = {
  // Requesters read published contents through the intranet, not the admin.
  contents: ['requester'],
  'workflow-events': ['requester'],
  'follow-ups': ['requester'],
  alerts: ['requester'],
  'notification-deliveries': ['requester', 'editor', 'designer', 'producer', 'community'],
}

/** True when a user whose roles are ALL in `roles` should not see the collection in the nav. */
export const hiddenForRoles =
  (roles: readonly Role[]) =>
  ({ user }: { user: unknown }): boolean => {
    const held = (user as UserLike)?.roles ?? []
    return held.length > 0 && held.every((role) => (roles as readonly string[]).includes(role)) && !hasRole(user as UserLike, 'admin')
  }

/** Applies NAV_HIDDEN_FOR to the collections (an existing `admin.hidden` still hides on its own). */
export const applyRoleNavigation = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => {
    const roles = NAV_HIDDEN_FOR[collection.slug]
    if (!roles) return collection
    const previous = collection.admin?.hidden
    const byRole = hiddenForRoles(roles)
    return {
      ...collection,
      admin: {
        ...collection.admin,
        hidden: (args) => (typeof previous === 'function' ? previous(args) : previous === true) || byRole(args),
      },
    }
  })
