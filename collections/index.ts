import type { CollectionConfig, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../src/types.js'

import { createAlertsCollection } from './Alerts/index.js'
import { createCommunicationRequestsCollection } from './CommunicationRequests/index.js'
import { createContentsCollection } from './Contents/index.js'
import { createDepartmentsCollection } from './Departments/index.js'
import { createFollowUpsCollection } from './FollowUps/index.js'
import { createIntranetReadsCollection } from './IntranetReads/index.js'
import { createMediaMentionsCollection } from './MediaMentions/index.js'
import { createMediaOutletsCollection } from './MediaOutlets/index.js'
import { createSocialAccountsCollection } from './SocialAccounts/index.js'
import { createSocialMetricsCollection } from './SocialMetrics/index.js'
import { createUsersCollection } from './Users/index.js'
import { createWorkflowEventsCollection } from './WorkflowEvents/index.js'

/** Every collection the plugin contributes, in sidebar order within each PHVA group. */
export const pregoneroCollections = (options: ResolvedOptions): CollectionConfig[] => [
  createUsersCollection(options),
  createDepartmentsCollection(options),
  // Hacer: the request-to-publication workflow
  createCommunicationRequestsCollection(options),
  createContentsCollection(options),
  // Verificar
  createWorkflowEventsCollection(options),
  createFollowUpsCollection(options),
  // Verificar: monitoring (issue 5)
  createMediaOutletsCollection(options),
  createMediaMentionsCollection(options),
  createSocialAccountsCollection(options),
  createSocialMetricsCollection(options),
  createIntranetReadsCollection(options),
  // Actuar
  createAlertsCollection(options),
]

/** Every global the plugin contributes. */
export const pregoneroGlobals = (_options: ResolvedOptions): GlobalConfig[] => []
