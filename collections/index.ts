import type { CollectionConfig, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../src/types.js'

import { createAlertsCollection } from './Alerts/index.js'
import { createArchiveAssetsCollection } from './ArchiveAssets/index.js'
import { createArchiveDisposalsCollection } from './ArchiveDisposals/index.js'
import { createBrandAssetsCollection } from './BrandAssets/index.js'
import { createBrandManualGlobal } from './BrandManual/index.js'
import { createCampaignsCollection } from './Campaigns/index.js'
import { createCommunicationPlansCollection } from './CommunicationPlans/index.js'
import { createCommunicationRequestsCollection } from './CommunicationRequests/index.js'
import { createContentsCollection } from './Contents/index.js'
import { createDepartmentsCollection } from './Departments/index.js'
import { createFactCheckRequestsCollection } from './FactCheckRequests/index.js'
import { createFollowUpsCollection } from './FollowUps/index.js'
import { createGuidelinesCollection } from './Guidelines/index.js'
import { createImprovementActionsCollection } from './ImprovementActions/index.js'
import { createIndicatorMeasurementsCollection } from './IndicatorMeasurements/index.js'
import { createIndicatorsCollection } from './Indicators/index.js'
import { createIntranetReadsCollection } from './IntranetReads/index.js'
import { createJobLeasesCollection } from './JobLeases/index.js'
import { createLegalReferencesCollection } from './LegalReferences/index.js'
import { createMediaMentionsCollection } from './MediaMentions/index.js'
import { createMediaOutletsCollection } from './MediaOutlets/index.js'
import { createNotificationDeliveriesCollection } from './NotificationDeliveries/index.js'
import { createPlanActionsCollection } from './PlanActions/index.js'
import { createReportsCollection } from './Reports/index.js'
import { createRetentionSeriesCollection } from './RetentionSeries/index.js'
import { createRiskControlChecksCollection } from './Risks/controlChecks.js'
import { createRisksCollection } from './Risks/index.js'
import { createSocialAccountsCollection } from './SocialAccounts/index.js'
import { createSocialMetricsCollection } from './SocialMetrics/index.js'
import { createUsersCollection } from './Users/index.js'
import { createWorkflowCountersCollection } from './WorkflowCounters/index.js'
import { createWorkflowEventsCollection } from './WorkflowEvents/index.js'

/** Every collection the plugin contributes; the order sets the sidebar: Planear, Hacer, Verificar, Actuar, Archivo, Configuración. */
export const pregoneroCollections = (options: ResolvedOptions): CollectionConfig[] => [
  // Planear
  createCommunicationPlansCollection(options),
  createPlanActionsCollection(options),
  createCampaignsCollection(options),
  createGuidelinesCollection(options),
  createLegalReferencesCollection(options),
  // Hacer: the request-to-publication workflow
  createCommunicationRequestsCollection(options),
  createContentsCollection(options),
  // Archivo (issue 4)
  createArchiveAssetsCollection(options),
  createRetentionSeriesCollection(options),
  createArchiveDisposalsCollection(options),
  createBrandAssetsCollection(options),
  // Verificar
  createWorkflowEventsCollection(options),
  createFollowUpsCollection(options),
  createIndicatorsCollection(options),
  createIndicatorMeasurementsCollection(options),
  createReportsCollection(options),
  createWorkflowCountersCollection(options),
  createJobLeasesCollection(options),
  // Verificar: monitoring (issue 5)
  createMediaOutletsCollection(options),
  createMediaMentionsCollection(options),
  createSocialAccountsCollection(options),
  createSocialMetricsCollection(options),
  createIntranetReadsCollection(options),
  // Actuar
  createAlertsCollection(options),
  createImprovementActionsCollection(options),
  createRisksCollection(options),
  createRiskControlChecksCollection(options),
  // Configuración (notification deliveries: admins and auditors; fact-check requests: hidden)
  createUsersCollection(options),
  createDepartmentsCollection(options),
  createNotificationDeliveriesCollection(options),
  createFactCheckRequestsCollection(options),
]

/** Every global the plugin contributes. */
export const pregoneroGlobals = (options: ResolvedOptions): GlobalConfig[] => [createBrandManualGlobal(options)]
