import type {} from './context.js' // the feature's req.context keys
import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createAlertsCollection } from './collections/Alerts/index.js'
import { createCampaignsCollection } from './collections/Campaigns/index.js'
import { createCommunicationPlansCollection } from './collections/CommunicationPlans/index.js'
import { createFollowUpsCollection } from './collections/FollowUps/index.js'
import { createGuidelinesCollection } from './collections/Guidelines/index.js'
import { createImprovementActionsCollection } from './collections/ImprovementActions/index.js'
import { createIndicatorMeasurementsCollection } from './collections/IndicatorMeasurements/index.js'
import { createIndicatorsCollection } from './collections/Indicators/index.js'
import { createLegalReferencesCollection } from './collections/LegalReferences/index.js'
import { createPlanActionsCollection } from './collections/PlanActions/index.js'
import { createReportsCollection } from './collections/Reports/index.js'
import { createRiskControlChecksCollection } from './collections/Risks/controlChecks.js'
import { createRisksCollection } from './collections/Risks/index.js'
import { reportEndpoints } from './reports/endpoints.js'
import { alertDigestTask } from './tasks/alertDigest.js'
import { complianceChecksTask } from './tasks/complianceChecks.js'
import { followUpReportsTask } from './tasks/followUpReports.js'
import { generateReportInBackgroundTask } from './tasks/generateReportInBackground.js'
import { measureIndicatorsTask } from './tasks/measureIndicators.js'

/** Plan, measure and act: plans and campaigns, indicators, alerts, improvement actions, risks, reports. */
export const planningFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [
    createCommunicationPlansCollection(options),
    createPlanActionsCollection(options),
    createCampaignsCollection(options),
    createGuidelinesCollection(options),
    createLegalReferencesCollection(options),
    createFollowUpsCollection(options),
    createIndicatorsCollection(options),
    createIndicatorMeasurementsCollection(options),
    createReportsCollection(options),
    createAlertsCollection(options),
    createImprovementActionsCollection(options),
    createRisksCollection(options),
    createRiskControlChecksCollection(options),
  ],
  endpoints: reportEndpoints(options),
  tasks: [complianceChecksTask(options), alertDigestTask(options), measureIndicatorsTask(options), followUpReportsTask(options), generateReportInBackgroundTask(options)],
})
