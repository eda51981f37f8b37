/**
 * The slugs of the plugin's collections and globals, written once (issue 14). Code names a
 * collection as `SLUGS.contents`, never as a retyped literal; the generated types check this list
 * both ways: every slug here is a collection of the plugin, and every collection of the plugin is here.
 */
import type { Config } from './generated/payload-types.js'

type PluginCollection = Exclude<keyof Config['collections'], `payload-${string}`>
type PluginGlobal = Exclude<keyof Config['globals'], `payload-${string}`>

export const SLUGS = {
  communicationPlans: 'communication-plans',
  planActions: 'plan-actions',
  campaigns: 'campaigns',
  guidelines: 'guidelines',
  legalReferences: 'legal-references',
  brandAssets: 'brand-assets',
  communicationRequests: 'communication-requests',
  contents: 'contents',
  archiveAssets: 'archive-assets',
  retentionSeries: 'retention-series',
  archiveDisposals: 'archive-disposals',
  followUps: 'follow-ups',
  indicators: 'indicators',
  indicatorMeasurements: 'indicator-measurements',
  workflowEvents: 'workflow-events',
  mediaOutlets: 'media-outlets',
  mediaMentions: 'media-mentions',
  socialAccounts: 'social-accounts',
  socialMetrics: 'social-metrics',
  intranetReads: 'intranet-reads',
  reports: 'reports',
  alerts: 'alerts',
  improvementActions: 'improvement-actions',
  risks: 'risks',
  riskControlChecks: 'risk-control-checks',
  users: 'users',
  departments: 'departments',
  workflowCounters: 'workflow-counters',
  jobLeases: 'job-leases',
  notificationDeliveries: 'notification-deliveries',
  factCheckRequests: 'fact-check-requests',
  electionPeriods: 'election-periods',
  petitions: 'petitions',
  transparencyItems: 'transparency-items',
  expedientes: 'expedientes',
  backgroundWork: 'background-work',
} as const satisfies Record<string, PluginCollection>

export const GLOBAL_SLUGS = {
  brandManual: 'brand-manual',
  accessibilityStatement: 'accessibility-statement',
} as const satisfies Record<string, PluginGlobal>

export type PluginSlug = (typeof SLUGS)[keyof typeof SLUGS]

// A collection added to the plugin without its constant here fails the type check.
type Unlisted = Exclude<PluginCollection, PluginSlug>
export const ALL_LISTED: [Unlisted] extends [never] ? true : Unlisted = true
