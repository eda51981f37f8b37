import type { CollectionAfterReadHook, CollectionBeforeChangeHook } from 'payload'

import { renderAlertMessage, storedAlertMessage } from '../../../../../kernel/alerts/message.js'

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
 * Keeps the resolution note's key true to its text. A key comes only with its own Spanish text
 * (resolveAlerts); the admin form sends back the rendered note, which keeps the stored key and
 * text; a note a person rewrites replaces them and drops the key.
 */
export const keepSystemNote: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update') return data
  const given = storedAlertMessage(data.resolutionNoteKey, data.resolutionNoteVars)
  if (data.resolutionNoteKey != null && !(given && data.resolutionNote === renderAlertMessage(null, given))) {
    const { resolutionNoteKey: _key, resolutionNoteVars: _vars, ...rest } = data
    data = rest
  }
  if (given || data.resolutionNote === undefined || !originalDoc) return data
  const note = storedAlertMessage(originalDoc.resolutionNoteKey, originalDoc.resolutionNoteVars)
  if (!note) return data
  if (data.resolutionNote === renderAlertMessage(req, note) || data.resolutionNote === originalDoc.resolutionNote) {
    const { resolutionNote: _unchanged, resolutionNoteKey: _k, resolutionNoteVars: _v, ...rest } = data
    return rest
  }
  return { ...data, resolutionNoteKey: null, resolutionNoteVars: null }
}
