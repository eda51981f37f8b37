import type { CollectionBeforeDeleteHook } from 'payload'

import { forbidden } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

/**
 * The one way past `refuseDeletion`: system code executing an approved disposal act (acta de
 * eliminación under the retention schedule, Acuerdo AGN 004/2019) sets
 * `req.context[ARCHIVE_DISPOSAL_FLAG] = true` on a Local API call. It cannot be set from REST,
 * GraphQL or the admin (req.context is server-side only), and no plugin code sets it today.
 */
export const ARCHIVE_DISPOSAL_FLAG = 'pregoneroArchiveDisposal'

/**
 * beforeDelete of `archive-assets`. `access.delete` is `nobody`, which stops every API that checks
 * access; this hook also stops Local API calls with `overrideAccess: true` (scripts, other plugins,
 * careless system code), because hooks run whatever the access override. Assets are retired instead.
 */
export const refuseDeletion: CollectionBeforeDeleteHook = ({ req, id }) => {
  if (req.context?.[ARCHIVE_DISPOSAL_FLAG] === true) return
  throw forbidden(tr(req, 'archiveAssetNeverDeleted', { id }))
}
