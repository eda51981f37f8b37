import type { CollectionBeforeChangeHook } from 'payload'

import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { isPetitionKind, PETITIONS, petitionDueDate } from '../../../petitions.js'

/**
 * The legal clock of a petition (Ley 1755/2015), on every save: the due date from the receipt
 * date and the kind (10 or 15 Colombian working days); the status (answered once the answer and
 * its date are recorded); whether it was answered on time. The answer date defaults to now and
 * may be neither in the future nor before receipt.
 */
export const computePetitionClock: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const doc = { ...(originalDoc ?? {}), ...data } as Record<string, any>
  const receivedAt = doc.receivedAt ?? new Date().toISOString()
  data.receivedAt = receivedAt
  if (isPetitionKind(doc.kind)) data.dueDate = petitionDueDate(receivedAt, doc.kind)
  const answer = { ...(originalDoc?.answer ?? {}), ...(data.answer ?? {}) } as { text?: null | string; answeredAt?: null | string; answeredBy?: unknown }
  if (answer.text?.trim()) {
    const at = answer.answeredAt ?? new Date().toISOString()
    if (new Date(at).getTime() > Date.now() + 60_000) throw invalidField(PETITIONS, 'answer.answeredAt', tr(req, 'petitionAnswerFuture'), req)
    if (new Date(at) < new Date(receivedAt)) throw invalidField(PETITIONS, 'answer.answeredAt', tr(req, 'petitionAnswerBeforeReceipt'), req)
    const first = !originalDoc?.answer?.text
    data.answer = { ...answer, answeredAt: at, answeredBy: first ? (req.user?.id ?? null) : (originalDoc?.answer?.answeredBy ?? null) }
    data.status = 'answered'
    data.answeredOnTime = new Date(at) <= new Date(data.dueDate ?? doc.dueDate)
  } else {
    data.status = 'open'
    data.answeredOnTime = null
    if (data.answer) data.answer = { ...answer, answeredAt: null, answeredBy: null }
  }
  return data
}
