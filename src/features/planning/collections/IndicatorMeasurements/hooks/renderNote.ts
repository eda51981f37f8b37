import type { CollectionAfterReadHook } from 'payload'

import { renderAlertMessage, storedAlertMessage } from '../../../../../kernel/alerts/message.js'

/**
 * A measurement's note in the reader's language (admin list, view and every API), from the stored
 * key and variables — whoever measured (the job measures without a language: Spanish). Rows
 * measured before the key was kept show their stored text.
 */
export const renderNote: CollectionAfterReadHook = ({ doc, req }) => {
  const note = storedAlertMessage(doc?.noteKey, doc?.noteVars)
  if (note) doc.note = renderAlertMessage(req, note)
  return doc
}
