import { APIError, type PayloadRequest } from 'payload'

import { tr } from '../../../../../kernel/i18n/index.js'
// The checks' (older) messages are bilingual "es / en": the gate lists the half in the caller's language.
import { messageIn } from '../../../../checks/components/messages.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/**
 * The refusal of in-review → approved by the approval gates, as a list a person can work through:
 * the message is a heading and one "• item" per failed check (each gate's reason, one per line),
 * and `data.errors` carries each item on the `stage` path (the admin's panel lists them).
 */
export const gateError = (req: PayloadRequest, reasons: string[]): APIError => {
  const lang = req.i18n?.language === 'en' ? 'en' : 'es'
  const items = [...new Set(reasons.flatMap((reason) => reason.split('\n')).map((item) => messageIn(item.trim(), lang)).filter(Boolean))]
  const message = tr(req, 'gateBlocked', { list: items.map((item) => `• ${item}`).join('\n') })
  return new APIError(message, 400, { collection: SLUGS.contents, errors: items.map((item) => ({ path: 'stage', message: item })) }, true)
}
