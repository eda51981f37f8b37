import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { DERIVED } from '../../../derivedFields.js'
import { idOf } from '../../../../../kernel/ids.js'
import { recomputeAction } from '../../../progress.js'

/** A campaign (and its commitments) is evidence of its plan action: recompute after any change. */
export const recomputeCampaignAction: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context[DERIVED]) return doc
  const now = idOf(doc.planAction)
  const before = idOf(previousDoc?.planAction)
  if (now !== null) await recomputeAction(req, now)
  if (before !== null && String(before) !== String(now)) await recomputeAction(req, before)
  return doc
}

export const recomputeAfterCampaignDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recomputeAction(req, idOf(doc.planAction))
  return doc
}
