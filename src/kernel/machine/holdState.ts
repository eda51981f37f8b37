import type { CollectionSlug, PayloadRequest } from 'payload'

import { conflict } from '../errors.js'
import { optionLabelsOf } from '../admin/stateLabels.js'
import { withLabel } from '../i18n/fieldLabel.js'
import { tr } from '../i18n/index.js'

/**
 * Holds a document in the state a transition starts from, until the transition's transaction ends:
 * a compare-and-set of the state on itself (`UPDATE … SET state = from WHERE id = … AND state = from`,
 * in the request's transaction). The row stays locked by it, so a concurrent transition of the same
 * document — another request, another instance — waits, then finds the state moved and is refused
 * (409) instead of applying a second transition from a state that is gone (PostgreSQL's READ
 * COMMITTED let both apply: two trail rows from one state). Adapter-neutral: a conditional UPDATE on
 * the SQL adapters, findOneAndUpdate on MongoDB.
 */
export const holdState = async (req: PayloadRequest, collection: CollectionSlug, id: number | string, field: string, from: string): Promise<void> => {
  const held = await req.payload.db.updateOne({
    collection,
    where: { and: [{ id: { equals: id } }, { [field]: { equals: from } }] },
    data: { [field]: from },
    req,
    // drizzle: the single conditional UPDATE … RETURNING (no SELECT first).
    options: { atomic: true },
  })
  if (!held) {
    const language = req.i18n?.language ?? 'es'
    const state = optionLabelsOf(req.payload.collections[collection]?.config.fields, field, language)[from] ?? from
    throw conflict(withLabel(req, collection, field, tr(req, 'stateChangedMeanwhile', { from: state })))
  }
}
