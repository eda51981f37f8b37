import type { PayloadRequest } from 'payload'

import { openAlertKey } from './alertKey.js'
import { renderAlertMessage, type AlertMessage } from './message.js'
import { SLUGS } from '../slugs.js'
import { readOnPrimaryIfReplicas } from '../sql/readOnPrimary.js'

export type AlertInput = {
  kind: string
  severity?: 'critical' | 'info' | 'warning'
  subject?: { collection: string; id: number | string; title?: string } | null
  /** A message key and its variables: rendered in each reader's language (the Spanish text is stored too, readable as is). */
  message: AlertMessage
  details?: Record<string, unknown>
}

type AlertDoc = { id: number | string; openKey: string; status: string }

/**
 * Raises an alert unless one of the same kind and subject is already open (idempotent:
 * a job run twice raises nothing new). Safe under concurrency: the unique `openKey` makes a
 * racing duplicate fail, and the loser returns the winner's alert.
 * Returns the alert and whether it was created now.
 */
export const raiseAlert = async (
  req: PayloadRequest,
  input: AlertInput,
): Promise<{ alert: AlertDoc; created: boolean }> => {
  const openKey = openAlertKey(input.kind, input.subject)
  const existing = await findOpen(req, openKey)
  if (existing) return { alert: existing, created: false }
  try {
    const alert = (await req.payload.create({
      collection: SLUGS.alerts,
      data: {
        kind: input.kind,
        severity: input.severity ?? 'warning',
        subject: input.subject
          ? { collection: input.subject.collection, documentId: String(input.subject.id), title: input.subject.title }
          : undefined,
        message: renderAlertMessage(null, input.message),
        messageKey: input.message.key,
        messageVars: input.message.vars ?? null,
        details: input.details,
        status: 'open',
        openKey,
      },
      req,
      overrideAccess: true,
    })) as unknown as AlertDoc
    return { alert, created: true }
  } catch (error) {
    const winner = await findOpen(req, openKey)
    if (winner) return { alert: winner, created: false }
    throw error
  }
}

/**
 * On the primary (read replicas): a lagging replica would miss an alert raised moments ago (the
 * unique `openKey` refuses the second, and the re-read would miss the winner: the job fails) or
 * show open one already resolved (the new deviation would go unraised).
 */
const findOpen = async (req: PayloadRequest, openKey: string): Promise<AlertDoc | null> =>
  readOnPrimaryIfReplicas(req, async (req) => {
    const { docs } = await req.payload.find({
      collection: SLUGS.alerts,
      where: { openKey: { equals: openKey } },
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return (docs[0] as unknown as AlertDoc) ?? null
  })
