import type { FeaturePart } from '../../kernel/config/featurePart.js'
import type { ResolvedOptions } from '../../types.js'

import { createDepartmentsCollection } from './collections/Departments/index.js'
import { createUsersCollection } from './collections/Users/index.js'

/** Organization: the office's people (users with roles) and the city's departments. */
export const organizationFeature = (options: ResolvedOptions): FeaturePart => ({
  collections: [createUsersCollection(options), createDepartmentsCollection(options)],
})
