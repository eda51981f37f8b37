import type { CollectionBeforeOperationHook } from 'payload'

import { setDraftSave, setSentStatus } from '../../../../../kernel/machine/context.js'
import { hasPendingDraft } from '../../../liveContent.js'

/** An update that carries nothing but a comment (REST/GraphQL `{ workflowComment }`). */
const commentOnly = (data: unknown): boolean => {
  if (!data || typeof data !== 'object') return false
  const keys = Object.keys(data).filter((key) => key !== 'id')
  return keys.length === 1 && keys[0] === 'workflowComment'
}

/**
 * Collection hooks do not see the `draft` argument: remember it for this operation (updates,
 * creations and version restores), and the `_status` the caller sent. A comment alone never puts a
 * pending correction live: when a comment-only update meets a published content with a pending
 * draft, it is saved as a draft.
 */
export const rememberDraftSave: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID' && operation !== 'create' && operation !== 'restoreVersion') return args
  const next = args as { data?: unknown; draft?: boolean; id?: number | string }
  if (operation === 'update' && !next.draft && next.id !== undefined && commentOnly(next.data) && (await hasPendingDraft(req, next.id))) {
    next.draft = true
  }
  setDraftSave(req, 'contents', Boolean(next.draft))
  setSentStatus(req, 'contents', next.data && typeof next.data === 'object' ? (next.data as { _status?: unknown })._status : undefined)
  return args
}
