/**
 * `pregonero/rsc`: the plugin's server components (admin views and dashboard blocks), as the
 * admin's import map reaches them (`'pregonero/rsc#Dashboard'`).
 */
import '../kernel/components/pregonero.css'
export { CalendarNavLink } from '../features/workflow/components/Calendar/CalendarNavLink.js'
export { CalendarView } from '../features/workflow/components/Calendar/CalendarView.js'
export { Dashboard } from '../features/workflow/components/Dashboard/Dashboard.js'
export { IndicatorTrendField } from '../features/planning/components/IndicatorTrendField.js'
export { MonitoringNavLink } from '../features/monitoring/components/MonitoringNavLink.js'
export { MonitoringView } from '../features/monitoring/components/MonitoringView.js'
