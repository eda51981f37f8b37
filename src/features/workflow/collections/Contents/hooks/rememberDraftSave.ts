import type { CollectionBeforeOperationHook } from 'payload'

import { setDraftSave } from '../../../../../kernel/machine/context.js'

/** Collection hooks do not see the `draft` argument: remember it for this operation. */
export const rememberDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'updateByID' || operation === 'create') {
    setDraftSave(req, 'contents', Boolean((args as { draft?: boolean }).draft))
  }
  return args
}
