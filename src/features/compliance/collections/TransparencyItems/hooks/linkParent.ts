import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { parentNumber, sortKeyOf } from '../../../transparency/anexo2.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

export const TRANSPARENCY_ITEMS = SLUGS.transparencyItems

/**
 * The tree follows the numbers: an item's parent is the item numbered one level up ("4.7" for
 * "4.7.3"), which must exist; the sort key orders "4.10" after "4.9". A "no aplica" item must
 * carry its public legal justification (Procuraduría ITA matrix, note 1; Anexo 2 §2.4.2).
 */
export const linkParent: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data } as Record<string, any>
  const number = String(doc.number ?? '')
  data.sortKey = sortKeyOf(number)
  const parent = parentNumber(number)
  if (parent === null) data.parent = null
  else {
    const { docs } = await req.payload.find({ collection: TRANSPARENCY_ITEMS, where: { number: { equals: parent } }, limit: 1, depth: 0, req, overrideAccess: true })
    if (!docs[0]) throw invalidField(TRANSPARENCY_ITEMS, 'number', tr(req, 'transparencyParentMissing', { number, parent }), req)
    data.parent = (docs[0] as { id: number | string }).id
  }
  if (doc.notApplicable && !String(doc.notApplicableJustification ?? '').trim()) {
    throw invalidField(TRANSPARENCY_ITEMS, 'notApplicableJustification', tr(req, 'transparencyJustificationRequired'), req)
  }
  return data
}
