import type { CollectionAfterChangeHook } from 'payload'

import { SLUGS } from '../../../../../kernel/slugs.js'
import { memberKey } from '../../../expedientes/electronicIndex.js'

/**
 * afterChange of `contents` and `archive-assets`: every expediente holding the changed document
 * rebuilds its electronic index (a new file, a new title, an edited content change its entry), in
 * the same transaction (`req`).
 */
export const refreshExpedientesOf =
  (collection: typeof SLUGS.archiveAssets | typeof SLUGS.contents): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const { docs } = await req.payload.find({
      collection: SLUGS.expedientes,
      where: { memberKeys: { equals: memberKey(collection, doc.id) } },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
      select: { members: true },
    })
    for (const expediente of docs) {
      await req.payload.update({ collection: SLUGS.expedientes, id: expediente.id, data: { members: (expediente as { members?: unknown }).members } as never, depth: 0, req, overrideAccess: true })
    }
    return doc
  }
