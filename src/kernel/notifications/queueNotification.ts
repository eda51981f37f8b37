import type { PayloadRequest } from 'payload'

import { createHash, randomUUID } from 'node:crypto'

import type { ResolvedOptions } from '../../types.js'
import type { RenderedEmail } from './templates/layout.js'

import { SEND_NOTIFICATION_TASK, type SendNotificationInput } from './tasks/sendNotification.js'
import { pluginOptions } from './options.js'
import { contentAuthors, dedupeRecipients, loadUsers, type Recipient, usersAsRecipients, usersWithRoles } from './recipients.js'
import { idOf, idsOf } from '../ids.js'
import {
  contentApproved,
  contentChangesRequested,
  contentPublished,
  contentReviewRequested,
  factCheckAnswered,
  requestAssigned,
  requestCancelled,
  requestDelivered,
  requestNeedsInfo,
  requestRejected,
} from './templates/index.js'
import { SLUGS } from '../slugs.js'

export type NotificationEvent =
  | 'request-assigned'
  | 'request-cancelled'
  | 'request-needs-info'
  | 'request-rejected'
  | 'content-review-requested'
  | 'content-changes-requested'
  | 'content-approved'
  | 'content-published'
  | 'request-delivered'
  | 'fact-check-answered'

export type NotificationInput = {
  event: NotificationEvent
  collection: 'communication-requests' | 'contents'
  id: number | string
  /** The workflow-events row of the transition: makes the mail idempotent per (event row, recipient). */
  eventId?: number | string
  comment?: null | string
  /** Only these users (e.g. the assignees an assignment added); by default everyone the event concerns. */
  users?: Array<number | string>
}

type Id = number | string
type Doc = Record<string, unknown> & { id: Id }

/** A rendered message for one recipient, ready to queue. */
export type PlannedMail = { to: Recipient; mail: RenderedEmail }

const adminURL = (options: ResolvedOptions, collection: string, id: Id): string =>
  `${options.serverURL.replace(/\/$/, '')}/admin/collections/${collection}/${encodeURIComponent(String(id))}`

const findDoc = async (req: PayloadRequest, collection: string, id: Id | null): Promise<Doc | null> => {
  if (id === null) return null
  // In the caller's transaction (req) and with drafts: the transition being applied is visible.
  const doc = await req.payload.findByID({
    collection: collection as 'users',
    id,
    depth: 0,
    draft: collection === SLUGS.contents,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  return (doc as unknown as Doc | null) ?? null
}

/** The requester and the department mailbox of a request. */
const requestRequester = async (req: PayloadRequest, request: Doc): Promise<Recipient[]> => {
  const users = usersAsRecipients(await loadUsers(req, idsOf(request.requestedBy)))
  const department = await findDoc(req, 'departments', idOf(request.department))
  const mailbox = typeof department?.email === 'string' && department.email ? [{ email: department.email }] : []
  return [...users, ...mailbox]
}

const requestAssignees = async (req: PayloadRequest, request: Doc, only?: Id[]): Promise<Recipient[]> => {
  const ids = idsOf(request.assignees).filter((id) => !only || only.some((wanted) => String(wanted) === String(id)))
  return usersAsRecipients(await loadUsers(req, ids))
}

/**
 * Who gets which mail for an event, rendered. Reads with `req` (the caller's transaction), as the
 * system. Exported for tests; `queueNotification` is what the workflow calls.
 */
export const planNotification = async (req: PayloadRequest, input: NotificationInput): Promise<PlannedMail[]> => {
  const options = pluginOptions(req.payload)
  const base = { institutionName: options.institutionName, comment: input.comment?.trim() || undefined }
  const doc = await findDoc(req, input.collection, input.id)
  if (!doc) return []
  const title = String(doc.title ?? '')
  const url = adminURL(options, input.collection, doc.id)
  const each = (recipients: Recipient[], render: (to: Recipient) => RenderedEmail, exclude: Id[] = []): PlannedMail[] =>
    dedupeRecipients(recipients, exclude).map((to) => ({ to, mail: render(to) }))

  if (input.collection === SLUGS.communicationRequests) {
    const code = typeof doc.code === 'string' ? doc.code : undefined
    const common = { ...base, title, code, url }
    switch (input.event) {
      case 'request-assigned': {
        const department = await findDoc(req, 'departments', idOf(doc.department))
        return each(await requestAssignees(req, doc, input.users), (to) =>
          requestAssigned({
            ...common,
            recipientName: to.name, lang: to.language,
            departmentName: typeof department?.name === 'string' ? department.name : undefined,
            dueDate: typeof doc.dueDate === 'string' ? doc.dueDate : null,
          }),
        )
      }
      case 'request-needs-info':
        return each(await requestRequester(req, doc), (to) => requestNeedsInfo({ ...common, recipientName: to.name, lang: to.language }))
      case 'request-rejected':
        return each(await requestRequester(req, doc), (to) => requestRejected({ ...common, recipientName: to.name, lang: to.language }))
      case 'request-delivered':
        return each(await requestRequester(req, doc), (to) =>
          requestDelivered({ ...common, recipientName: to.name, lang: to.language, rateUrl: url }),
        )
      case 'request-cancelled': {
        // Whoever works on it and the head; the requester's side too when the office cancelled it.
        const actor = idOf(req.user?.id)
        const byRequester = actor !== null && idsOf(doc.requestedBy).some((id) => String(id) === String(actor))
        const recipients = [
          ...(await requestAssignees(req, doc)),
          ...usersAsRecipients(await usersWithRoles(req, ['head'])),
          ...(byRequester ? [] : await requestRequester(req, doc)),
        ]
        const cancelledBy = req.user && 'name' in req.user && req.user.name ? String(req.user.name) : undefined
        return each(recipients, (to) => requestCancelled({ ...common, recipientName: to.name, lang: to.language, cancelledBy }), actor !== null ? [actor] : [])
      }
      default:
        throw new Error(`queueNotification: ${input.event} is not an event of communication-requests`)
    }
  }

  const common = { ...base, title, url }
  switch (input.event) {
    case 'content-review-requested': {
      const authors = await contentAuthors(req, doc)
      const actor = idOf(req.user?.id)
      const authorUsers = await loadUsers(req, authors)
      const authorName = authorUsers[0]?.name ?? (actor !== null && req.user && 'name' in req.user ? String(req.user.name) : undefined)
      return each(
        usersAsRecipients(await usersWithRoles(req, ['editor', 'head'])),
        (to) => contentReviewRequested({ ...common, recipientName: to.name, lang: to.language, authorName: authorName ?? undefined }),
        [...authors, ...(actor !== null ? [actor] : [])],
      )
    }
    case 'content-changes-requested':
    case 'content-approved': {
      const authors = usersAsRecipients(await loadUsers(req, await contentAuthors(req, doc)))
      const render = input.event === 'content-approved' ? contentApproved : contentChangesRequested
      return each(authors, (to) => render({ ...common, recipientName: to.name, lang: to.language }))
    }
    case 'content-published': {
      const request = await findDoc(req, 'communication-requests', idOf(doc.request))
      const recipients = request
        ? [...usersAsRecipients(await loadUsers(req, idsOf(request.requestedBy))), ...(await requestAssignees(req, request))]
        : usersAsRecipients(await loadUsers(req, await contentAuthors(req, doc)))
      const requestInfo = request
        ? {
            code: typeof request.code === 'string' ? request.code : undefined,
            title: String(request.title ?? ''),
            url: adminURL(options, 'communication-requests', request.id),
          }
        : undefined
      return each(recipients, (to) =>
        contentPublished({
          ...common,
          recipientName: to.name, lang: to.language,
          publishedAt: typeof doc.publishedAt === 'string' ? doc.publishedAt : null,
          request: requestInfo,
        }),
      )
    }
    case 'fact-check-answered': {
      const check = await answeredFactCheck(req, doc.id, input.eventId)
      if (!check) return []
      const editors = usersAsRecipients(await loadUsers(req, idsOf(check.requestedBy)))
      return each(editors, (to) =>
        factCheckAnswered({
          ...common,
          recipientName: to.name, lang: to.language,
          expertName: String(check.name ?? ''),
          expertEmail: String(check.email ?? ''),
          verdict: check.verdict === 'confirmed' ? 'confirmed' : 'comments',
          comment: typeof check.comment === 'string' && check.comment ? check.comment : base.comment,
        }),
      )
    }
    default:
      throw new Error(`queueNotification: ${input.event} is not an event of contents`)
  }
}

/** The fact check whose answer is the event `eventId` (or the content's last answered one). */
const answeredFactCheck = async (req: PayloadRequest, contentId: Id, eventId?: Id): Promise<Doc | null> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.factCheckRequests as 'users',
    where:
      eventId !== undefined
        ? { answerEvent: { equals: String(eventId) } }
        : { and: [{ content: { equals: contentId } }, { usedAt: { exists: true } }] },
    sort: '-usedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return (docs[0] as unknown as Doc) ?? null
}

/** A stable Message-ID for a delivery key: a re-sent copy carries the same id, so clients fold it. */
export const messageIdFor = (key: string, serverURL: string): string => {
  let host = 'pregonero.local'
  try {
    host = new URL(serverURL).hostname || host
  } catch {
    // keep the default
  }
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 40)}.pregonero@${host}>`
}

/**
 * Queues the e-mails of a workflow event: one `pregoneroSendNotification` job per recipient, on
 * `options.jobsQueue`, through Payload's jobs queue WITH `req`. Called by the workflow hooks inside
 * the transition's transaction, so the jobs commit or roll back with the transition: a transition
 * that fails queues nothing, and one that commits has its mails durably queued. Sending happens
 * later in the job (retries with backoff), so a mail server that is down never blocks or fails a
 * transition.
 *
 * Each job carries its rendered message and a delivery `key`:
 *   `<event>|<collection>:<id>|<event row id, or a fresh nonce when none>|<recipient address>`.
 * The job checks and writes a durable sent-marker under that key (see sendNotification.ts), so a
 * retry, or the same event queued twice, never sends the same message to the same person twice.
 *
 * Does nothing when `req.context.skipWorkflow` is set (seeds, fixtures) or the plugin is disabled.
 */
export const queueNotification = async (
  req: PayloadRequest,
  input: NotificationInput,
): Promise<void> => {
  if (req.context?.skipWorkflow === true) return
  const options = pluginOptions(req.payload)
  if (!options.enabled) return
  const planned = await planNotification(req, input)
  const occurrence = input.eventId !== undefined && input.eventId !== null ? `e${input.eventId}` : `n${randomUUID()}`
  for (const { to, mail } of planned) {
    const key = `${input.event}|${input.collection}:${input.id}|${occurrence}|${to.email.toLowerCase()}`
    await enqueueMail(req, options, {
      key,
      event: input.event,
      to: to.email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      docCollection: input.collection,
      docId: String(input.id),
    })
  }
}

/** Queues one message for one recipient (also used for the fact-check link to an outside expert). */
export const enqueueMail = async (
  req: PayloadRequest,
  options: ResolvedOptions,
  input: Omit<SendNotificationInput, 'messageId'>,
): Promise<void> => {
  await req.payload.jobs.queue({
    task: SEND_NOTIFICATION_TASK,
    queue: options.jobsQueue,
    input: { ...input, messageId: messageIdFor(input.key, options.serverURL) },
    req,
  })
}

