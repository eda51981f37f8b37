import type { CollectionConfig, GlobalConfig } from 'payload'

import type { ResolvedOptions } from '../src/types.js'

import { createAlertsCollection } from './Alerts/index.js'
import { createCommunicationRequestsCollection } from './CommunicationRequests/index.js'
import { createContentsCollection } from './Contents/index.js'
import { createDepartmentsCollection } from './Departments/index.js'
import { createFactCheckRequestsCollection } from './FactCheckRequests/index.js'
import { createFollowUpsCollection } from './FollowUps/index.js'
import { createNotificationDeliveriesCollection } from './NotificationDeliveries/index.js'
import { createUsersCollection } from './Users/index.js'
import { createWorkflowEventsCollection } from './WorkflowEvents/index.js'

/** Every collection the plugin contributes; the order sets the sidebar: Planear, Hacer, Verificar, Actuar, Archivo, Configuración. */
export const pregoneroCollections = (options: ResolvedOptions): CollectionConfig[] => [
  // Hacer: the request-to-publication workflow
  createCommunicationRequestsCollection(options),
  createContentsCollection(options),
  // Verificar
  createWorkflowEventsCollection(options),
  createFollowUpsCollection(options),
  // Actuar
  createAlertsCollection(options),
  // Configuración (notification deliveries: admins and auditors; fact-check requests: hidden)
  createUsersCollection(options),
  createDepartmentsCollection(options),
  createNotificationDeliveriesCollection(options),
  createFactCheckRequestsCollection(options),
]

/** Every global the plugin contributes. */
export const pregoneroGlobals = (_options: ResolvedOptions): GlobalConfig[] => []
