import type { CollectionBeforeChangeHook } from 'payload'

import { releasedKey } from '../../../../../kernel/alerts/alertKey.js'
import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'

/**
 * When a person (or the system) resolves an alert: stamp the time and free its open key so the
 * same deviation, if it comes back, raises a new alert. A resolution by a person needs a note.
 */
export const stampResolution: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'update' || data.status !== 'resolved' || originalDoc?.status === 'resolved') return data
  if (req.user && !String(data.resolutionNote ?? originalDoc?.resolutionNote ?? '').trim()) {
    throw invalidField(
      'alerts',
      'resolutionNote',
      tr(req, 'alertResolutionNote'),
      req,
    )
  }
  return { ...data, resolvedAt: new Date().toISOString(), openKey: releasedKey(String(originalDoc.openKey), originalDoc.id) }
}
