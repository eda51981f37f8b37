import type { CollectionBeforeDeleteHook } from 'payload'

import { conflict } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { SLUGS } from '../../../../../kernel/slugs.js'
import { memberKey } from '../../../expedientes/electronicIndex.js'

/**
 * beforeDelete of `contents` (archive assets are never deleted): a document of an expediente
 * cannot disappear from under its electronic index (Acuerdo AGN 003/2015). 409 naming the
 * expediente; take the document out of it first.
 */
export const refuseMemberDeletion =
  (collection: typeof SLUGS.archiveAssets | typeof SLUGS.contents): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const { docs } = await req.payload.find({
      collection: SLUGS.expedientes,
      where: { memberKeys: { equals: memberKey(collection, id) } },
      depth: 0,
      limit: 1,
      req,
      overrideAccess: true,
      select: { title: true },
    })
    const holder = docs[0] as undefined | { title?: string }
    if (holder) throw conflict(tr(req, 'expedienteMemberDeletion', { title: holder.title ?? '' }))
  }
