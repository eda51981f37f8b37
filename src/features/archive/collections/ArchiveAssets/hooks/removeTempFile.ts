import type { CollectionAfterErrorHook } from 'payload'

import fs from 'node:fs/promises'


import { PENDING_FILES_KEY } from './ingestFile.js'

/**
 * afterError of `archive-assets` (REST and admin requests, the only ones with spooled uploads):
 * when the request fails after `ingestFile` took the upload from Payload (so Payload no longer
 * removes it) and before `writeFiles` stored it — a field validator, a hook, the database —
 * the spooled temp file is removed. `ingestFile` waited for it to be complete.
 */
export const removeTempFile: CollectionAfterErrorHook = async ({ req }) => {
  const pending = req.context?.[PENDING_FILES_KEY]
  if (!pending?.source.tempFilePath) return
  delete req.context[PENDING_FILES_KEY]
  await fs.rm(pending.source.tempFilePath, { force: true }).catch(() => undefined)
}
