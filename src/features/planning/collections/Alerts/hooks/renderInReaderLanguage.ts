import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { renderAlertMessage, renderAlertMessageIn, storedAlertMessage } from '../../../../../kernel/alerts/message.js'

/**
 * An alert's message and system resolution note in the reader's language (admin list, view and
 * every API), from the stored key and variables. Rows stored before keys were kept (and notes
 * people wrote) show their stored text.
 */
export const renderInReaderLanguage: CollectionAfterReadHook = ({ doc, req }) => {
  const message = storedAlertMessage(doc?.messageKey, doc?.messageVars)
  if (message) doc.message = renderAlertMessage(req, message)
  const note = storedAlertMessage(doc?.resolutionNoteKey, doc?.resolutionNoteVars)
  if (note) doc.resolutionNote = renderAlertMessage(req, note)
  return doc
}

/**
 * Keeps the resolution note's key true to its text. Payload hands this hook the whole document
 * (stored values merged with what was sent), so the key stays while the note is its text in any
 * language (the system's Spanish, or the rendered note the admin form sends back, stored again in
 * Spanish); a note a person writes replaces it and drops the key.
 */
export const keepSystemNote: CollectionBeforeChangeHook = ({ data }) => {
  const note = storedAlertMessage(data.resolutionNoteKey, data.resolutionNoteVars)
  if (!note) return data
  const spanish = renderAlertMessageIn('es', note)
  if (data.resolutionNote === spanish || data.resolutionNote === renderAlertMessageIn('en', note)) return { ...data, resolutionNote: spanish }
  return { ...data, resolutionNoteKey: null, resolutionNoteVars: null }
}
