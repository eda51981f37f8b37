import type { CollectionConfig, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../src/types.js'

import { createAlertsCollection } from './Alerts/index.js'
import { createArchiveAssetsCollection } from './ArchiveAssets/index.js'
import { createBrandAssetsCollection } from './BrandAssets/index.js'
import { createBrandManualGlobal } from './BrandManual/index.js'
import { createCommunicationRequestsCollection } from './CommunicationRequests/index.js'
import { createContentsCollection } from './Contents/index.js'
import { createDepartmentsCollection } from './Departments/index.js'
import { createFollowUpsCollection } from './FollowUps/index.js'
import { createRetentionSeriesCollection } from './RetentionSeries/index.js'
import { createUsersCollection } from './Users/index.js'
import { createWorkflowEventsCollection } from './WorkflowEvents/index.js'

/** Every collection the plugin contributes, in sidebar order within each PHVA group. */
export const pregoneroCollections = (options: ResolvedOptions): CollectionConfig[] => [
  createUsersCollection(options),
  createDepartmentsCollection(options),
  // Hacer: the request-to-publication workflow
  createCommunicationRequestsCollection(options),
  createContentsCollection(options),
  // Archivo (issue 4)
  createArchiveAssetsCollection(options),
  createRetentionSeriesCollection(options),
  createBrandAssetsCollection(options),
  // Verificar
  createWorkflowEventsCollection(options),
  createFollowUpsCollection(options),
  // Actuar
  createAlertsCollection(options),
]

/** Every global the plugin contributes. */
export const pregoneroGlobals = (options: ResolvedOptions): GlobalConfig[] => [createBrandManualGlobal(options)]
