import type {} from './context.js' // the feature's req.context keys
import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createCommunicationRequestsCollection } from './collections/CommunicationRequests/index.js'
import { createContentsCollection } from './collections/Contents/index.js'
import { createFactCheckRequestsCollection } from './collections/FactCheckRequests/index.js'
import { createWorkflowCountersCollection } from './collections/WorkflowCounters/index.js'
import { createWorkflowEventsCollection } from './collections/WorkflowEvents/index.js'
import { cancelScheduledEndpoint, claimReviewEndpoint, releaseClaimEndpoint } from './endpoints/adminTools.js'
import { workflowEventsExportEndpoint } from './endpoints/workflowEventsExport.js'
import { factCheckAnswerEndpoint, factCheckPreviewEndpoint, factCheckRequestEndpoint } from './factCheck/endpoints.js'
import { publishOnScheduleTask } from './scheduling/publishOnScheduleTask.js'
import { measureContentTask } from './tasks/measureContent.js'

/** The request-to-publication workflow: requests, contents, their trail, scheduling, fact check. */
export const workflowFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [
    createCommunicationRequestsCollection(options),
    createContentsCollection(options),
    createWorkflowEventsCollection(options),
    createWorkflowCountersCollection(options),
    createFactCheckRequestsCollection(options),
  ],
  endpoints: [
    // The fixed `request` path comes before `:token`.
    factCheckRequestEndpoint(options),
    factCheckPreviewEndpoint(options),
    factCheckAnswerEndpoint(options),
    workflowEventsExportEndpoint(options),
    claimReviewEndpoint(options),
    releaseClaimEndpoint(options),
    cancelScheduledEndpoint(options),
  ],
  tasks: [publishOnScheduleTask(options), measureContentTask(options)],
})
