import type { ResolvedOptions } from '../types.js'

import { combineParts } from '../kernel/config/featurePart.js'
import { kernelPart } from '../kernel/index.js'
import { archiveFeature } from './archive/index.js'
import { complianceFeature } from './compliance/index.js'
import { monitoringFeature } from './monitoring/index.js'
import { organizationFeature } from './organization/index.js'
import { planningFeature } from './planning/index.js'
import { publicApiFeature } from './publicApi/index.js'
import { workflowFeature } from './workflow/index.js'

/**
 * Everything the plugin contributes, feature by feature. (The approval checks have no collection of
 * their own: the workflow runs them as a gate, their panel sits on contents.)
 */
export const pregoneroParts = (options: ResolvedOptions) =>
  combineParts([
    organizationFeature(options),
    planningFeature(options),
    workflowFeature(options),
    archiveFeature(options),
    monitoringFeature(options),
    complianceFeature(options),
    publicApiFeature(options),
    kernelPart(options),
  ])
