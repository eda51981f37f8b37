import type { PayloadRequest, TaskConfig } from 'payload'

import { getCurrentDate } from 'payload'

import type { ResolvedOptions } from '../../../types.js'

import { raiseAlert } from '../../alerts/raiseAlert.js'
import { readOnPrimary } from '../../sql/readOnPrimary.js'

export const SEND_NOTIFICATION_TASK = 'pregoneroSendNotification'
const DELIVERIES = 'notification-deliveries' as 'users' // not in the generated types until the lead regenerates them

/** One message for one recipient, rendered when the event happened. */
export type SendNotificationInput = {
  /** Delivery key: unique per (event occurrence, recipient). See queueNotification. */
  key: string
  event: string
  to: string
  subject: string
  html: string
  text: string
  /** Stable Message-ID derived from the key. */
  messageId: string
  docCollection: string
  docId: string
}

type Delivery = { id: number | string; status: string; attempts?: number | null; lockedUntil?: string | null }

/*
 * Exactly-once as far as SMTP allows — why this task cannot send a mail twice, and loses none.
 *
 * - NOTHING LOST: the job row is written in the transition's transaction (queueNotification with
 *   `req`), so a committed transition always has its jobs. A failing send throws; Payload keeps the
 *   job and retries it with exponential backoff (`options.notifications`). When the retries run out
 *   the job stays in `payload-jobs` with its error, the delivery row stays `failed`, and an alert
 *   (`notification-undeliverable`) is raised: nothing disappears silently. A permanent refusal by
 *   the server (5xx for the recipient or message) is not retried: `rejected` + alert.
 *
 * - NOTHING SENT TWICE: one job per message and recipient, and a durable sent-marker in the
 *   `notification-deliveries` collection, whose `key` is UNIQUE. Before talking to the mail server
 *   the job takes the delivery with an atomic compare-and-set (a conditional UPDATE ... WHERE on the
 *   SQL adapters, findOneAndUpdate on MongoDB; a unique insert for the first attempt):
 *     - `sent`  → the server already accepted it: return success without sending (this is what a
 *       retry sees after a crash between "accepted" and "job completed", or a second job queued for
 *       the same event row and recipient);
 *     - `sending` with a live lease → another worker is sending it right now: this job fails and
 *       retries later, when it will find `sent`;
 *     - `failed`, or `sending` whose lease expired (its worker died) → this job takes it over.
 *   The marker is committed BEFORE the SMTP conversation (the job's req has no open transaction, so
 *   every write commits at once) and `sent` is written right after the server's 250.
 *   The one window no design can close is a crash after the server's 250 and before the `sent`
 *   write: the lease then expires and the mail is sent again, with the SAME Message-ID (derived from
 *   the key), which mail clients use to fold duplicates. Everything else is exactly-once.
 */
type SendNotificationIO = { input: SendNotificationInput; output: { status: string } }

export const sendNotificationTask = (options: ResolvedOptions): TaskConfig => {
  const leaseMs = options.notifications.leaseSeconds * 1000
  const retries = options.notifications.retries
  const task: TaskConfig<SendNotificationIO> = {
    slug: SEND_NOTIFICATION_TASK,
    label: 'Pregonero: enviar notificación por correo',
    retries: { attempts: retries, backoff: { type: 'exponential', delay: options.notifications.backoffSeconds * 1000 } },
    inputSchema: [
      { name: 'key', type: 'text', required: true },
      { name: 'event', type: 'text', required: true },
      { name: 'to', type: 'text', required: true },
      { name: 'subject', type: 'text', required: true },
      { name: 'html', type: 'textarea', required: true },
      { name: 'text', type: 'textarea', required: true },
      { name: 'messageId', type: 'text', required: true },
      { name: 'docCollection', type: 'text' },
      { name: 'docId', type: 'text' },
    ],
    outputSchema: [{ name: 'status', type: 'text', required: true }],
    handler: async ({ input, job, req }) => {
      const claim = await claimDelivery(req, input, leaseMs)
      if (claim.kind === 'done') return { output: { status: `already-${claim.status}` } }
      if (claim.kind === 'busy') {
        throw new Error(`delivery ${input.key} is being sent by another worker; retrying later`)
      }
      const delivery = claim.delivery
      try {
        await req.payload.sendEmail({
          to: input.to,
          subject: input.subject,
          html: input.html,
          text: input.text,
          messageId: input.messageId,
          headers: { 'Auto-Submitted': 'auto-generated', 'X-Pregonero-Event': input.event },
        })
      } catch (error) {
        const permanent = isPermanentFailure(error)
        const message = error instanceof Error ? error.message : String(error)
        await setDelivery(req, delivery.id, {
          status: permanent ? 'rejected' : 'failed',
          lastError: message.slice(0, 2000),
          lockedUntil: null,
        })
        const final = permanent || (job?.totalTried ?? 0) >= retries
        if (final) await alertUndeliverable(req, input, permanent, message)
        if (permanent) return { output: { status: 'rejected' } }
        throw error
      }
      await setDelivery(req, delivery.id, {
        status: 'sent',
        sentAt: getCurrentDate().toISOString(),
        lockedUntil: null,
        lastError: null,
        messageId: input.messageId,
      })
      return { output: { status: 'sent' } }
    },
  }
  return task as unknown as TaskConfig
}

type Claim = { kind: 'busy' } | { kind: 'claimed'; delivery: Delivery } | { kind: 'done'; status: string }

/** Takes the delivery for this attempt, or says it is done / held by another worker. */
export const claimDelivery = async (req: PayloadRequest, input: SendNotificationInput, leaseMs: number): Promise<Claim> => {
  const now = getCurrentDate()
  const lockedUntil = new Date(now.getTime() + leaseMs).toISOString()
  let existing = await findDelivery(req, input.key)
  if (!existing) {
    try {
      const created = (await req.payload.create({
        collection: DELIVERIES,
        data: {
          key: input.key,
          event: input.event,
          to: input.to,
          subject: input.subject,
          docCollection: input.docCollection,
          docId: input.docId,
          status: 'sending',
          attempts: 1,
          lockedUntil,
          messageId: input.messageId,
        } as never,
        depth: 0,
        overrideAccess: true,
        req,
      })) as unknown as Delivery
      return { kind: 'claimed', delivery: created }
    } catch (error) {
      // Unique key: another job for the same delivery inserted it first.
      existing = await findDelivery(req, input.key)
      if (!existing) throw error
    }
  }
  if (existing.status === 'sent' || existing.status === 'rejected') return { kind: 'done', status: existing.status }
  // Compare-and-set: take it only if it is still failed, or its sender's lease ran out.
  const taken = (await req.payload.db.updateOne({
    collection: DELIVERIES,
    where: {
      and: [
        { id: { equals: existing.id } },
        {
          or: [
            { status: { equals: 'failed' } },
            { and: [{ status: { equals: 'sending' } }, { lockedUntil: { less_than: now.toISOString() } }] },
          ],
        },
      ],
    },
    data: { status: 'sending', lockedUntil, attempts: (existing.attempts ?? 0) + 1 },
    req,
  })) as unknown as Delivery | null
  if (taken) return { kind: 'claimed', delivery: taken }
  const current = await findDelivery(req, input.key)
  if (current && (current.status === 'sent' || current.status === 'rejected')) return { kind: 'done', status: current.status }
  return { kind: 'busy' }
}

/** On the primary: with read replicas, a delivery another runner just created or sent may not be on a replica yet. */
const findDelivery = async (req: PayloadRequest, key: string): Promise<Delivery | null> => {
  const { docs } = await readOnPrimary(req, (primary) =>
    primary.payload.find({
      collection: DELIVERIES,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: primary,
    }),
  )
  return (docs[0] as unknown as Delivery) ?? null
}

const setDelivery = async (req: PayloadRequest, id: number | string, data: Record<string, unknown>): Promise<void> => {
  await req.payload.db.updateOne({ collection: DELIVERIES, id, data, req, returning: false })
}

/**
 * A refusal that retrying cannot fix: the server answered 5xx to the recipient or the message
 * (nodemailer EENVELOPE / EMESSAGE). Connection errors, timeouts and 4xx are transient.
 */
export const isPermanentFailure = (error: unknown): boolean => {
  const { code, responseCode } = (error ?? {}) as { code?: string; responseCode?: number }
  return (code === 'EENVELOPE' || code === 'EMESSAGE') && typeof responseCode === 'number' && responseCode >= 500
}

const alertUndeliverable = async (
  req: PayloadRequest,
  input: SendNotificationInput,
  permanent: boolean,
  message: string,
): Promise<void> => {
  try {
    await raiseAlert(req, {
      kind: 'notification-undeliverable',
      severity: 'warning',
      subject: input.docCollection && input.docId ? { collection: input.docCollection, id: input.docId } : null,
      message: { key: permanent ? 'alertMailRejected' : 'alertMailUndelivered', vars: { to: input.to, subject: input.subject } },
      details: { key: input.key, event: input.event, to: input.to, error: message },
    })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'pregonero: could not raise the undeliverable-mail alert' })
  }
}
