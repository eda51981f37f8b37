import type { CollectionConfig, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../types.js'

import { createAlertsCollection } from './planning/collections/Alerts/index.js'
import { createArchiveAssetsCollection } from './archive/collections/ArchiveAssets/index.js'
import { createArchiveDisposalsCollection } from './archive/collections/ArchiveDisposals/index.js'
import { createBrandAssetsCollection } from './archive/collections/BrandAssets/index.js'
import { createBrandManualGlobal } from './archive/collections/BrandManual/index.js'
import { createCampaignsCollection } from './planning/collections/Campaigns/index.js'
import { createCommunicationPlansCollection } from './planning/collections/CommunicationPlans/index.js'
import { createCommunicationRequestsCollection } from './workflow/collections/CommunicationRequests/index.js'
import { createContentsCollection } from './workflow/collections/Contents/index.js'
import { createDepartmentsCollection } from './organization/collections/Departments/index.js'
import { createFactCheckRequestsCollection } from './workflow/collections/FactCheckRequests/index.js'
import { createFollowUpsCollection } from './planning/collections/FollowUps/index.js'
import { createGuidelinesCollection } from './planning/collections/Guidelines/index.js'
import { createImprovementActionsCollection } from './planning/collections/ImprovementActions/index.js'
import { createIndicatorMeasurementsCollection } from './planning/collections/IndicatorMeasurements/index.js'
import { createIndicatorsCollection } from './planning/collections/Indicators/index.js'
import { createIntranetReadsCollection } from './monitoring/collections/IntranetReads/index.js'
import { createJobLeasesCollection } from '../kernel/jobs/collections/JobLeases/index.js'
import { createLegalReferencesCollection } from './planning/collections/LegalReferences/index.js'
import { createMediaMentionsCollection } from './monitoring/collections/MediaMentions/index.js'
import { createMediaOutletsCollection } from './monitoring/collections/MediaOutlets/index.js'
import { createNotificationDeliveriesCollection } from '../kernel/notifications/collections/NotificationDeliveries/index.js'
import { createPlanActionsCollection } from './planning/collections/PlanActions/index.js'
import { createReportsCollection } from './planning/collections/Reports/index.js'
import { createRetentionSeriesCollection } from './archive/collections/RetentionSeries/index.js'
import { createRiskControlChecksCollection } from './planning/collections/Risks/controlChecks.js'
import { createRisksCollection } from './planning/collections/Risks/index.js'
import { createSocialAccountsCollection } from './monitoring/collections/SocialAccounts/index.js'
import { createSocialMetricsCollection } from './monitoring/collections/SocialMetrics/index.js'
import { createUsersCollection } from './organization/collections/Users/index.js'
import { createWorkflowCountersCollection } from './workflow/collections/WorkflowCounters/index.js'
import { createWorkflowEventsCollection } from './workflow/collections/WorkflowEvents/index.js'

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
