import type { CollectionBeforeChangeHook } from 'payload'

import { GLOBAL_SLUGS } from '../../../../../kernel/slugs.js'

/** A brand asset saved without a manual version belongs to the manual's current version. */
export const stampManualVersion: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data.manualVersion || originalDoc?.manualVersion) return data
  const manual = (await req.payload.findGlobal({ slug: GLOBAL_SLUGS.brandManual, depth: 0, req, overrideAccess: true })) as {
    version?: string
  }
  if (manual?.version) data.manualVersion = manual.version
  return data
}
