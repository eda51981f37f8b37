import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { hasRole, ROLE_LABELS } from '../../../../../kernel/access/index.js'
import { forbidden, paramError } from '../../../../../kernel/errors.js'
import { labelOf } from '../../../../../kernel/i18n/fieldLabel.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { actingUser, authorizeTransition } from '../../../../../kernel/machine/authorizeTransition.js'
import { holdState } from '../../../../../kernel/machine/holdState.js'
import { stateLabel } from '../../../../../kernel/machine/canTransition.js'
import { fieldLabelOf, labelIn } from '../../../../../kernel/admin/stateLabels.js'
import { changedFields, commentOf } from '../../../../../kernel/machine/compare.js'
import { isDraftSave, sentStatus, setPending, skipsWorkflow } from '../../../../../kernel/machine/context.js'
import { WORKING_STATUSES } from '../../../delivery.js'
import { contentMachine } from '../../../machines/contents.js'
import { workflowError } from '../../../../../kernel/machine/errors.js'
import { gateError } from './gateError.js'
import { changesFrom, liveContent, NOT_AN_EDIT, userIds, withUser } from '../../../liveContent.js'
import { idOf, sameId } from '../../../../../kernel/ids.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

const SLUG = 'contents'

/** A content is produced only for a request whose work is under way. */
const checkRequestLink = async (req: PayloadRequest, request: unknown) => {
  const id = idOf(request)
  if (id === null) return
  const found = await req.payload.findByID({ collection: SLUGS.communicationRequests, id: id, depth: 0, req, overrideAccess: true, disableErrors: true })
  const status = (found as null | { status?: string })?.status
  if (!found || !WORKING_STATUSES.includes(status as never)) {
    throw workflowError(SLUG, 'request', tr(req, 'contentRequestNotProducing', { status: status ?? '—' }), req)
  }
}

/**
 * The content machine, enforced on every save. `stage` and `_status` never disagree: saving
 * with `_status: 'published'` (the admin's Publish button, list-view bulk publish, the
 * schedulePublish job) is the transition to `published`; `stage: 'published'` sets
 * `_status` and `publishedAt`. Only an approved content is published, by `publishRoles`
 * (or forced by them, with a reason: flagged for review). Four-eyes: nobody who wrote or changed
 * the piece since its last approval approves it. A non-draft save that changes what a published
 * content shows (its pending correction, or a direct edit) is a republication: publish roles only,
 * recorded in the trail, flagged when the text changed after approval — as is a publication of
 * text changed after approval. A comment without a transition is recorded as a `comment` row.
 * Approval gates (plugin option) run on in-review → approved.
 */
export const enforceContentWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const user = actingUser(req)
    const comment = commentOf(data, SLUG, req)
    const force = data.workflowForce === true
    delete data.workflowComment
    delete data.workflowForce
    const skip = skipsWorkflow(req)
    const now = new Date().toISOString()
    const publisher = !user || hasRole(user, ...options.workflow.publishRoles)

    if (operation === 'create') {
      if (user) {
        data.createdBy ??= user.id
        data.lastEditedBy ??= user.id
      }
      if (skip) {
        if (data.stage === 'published') {
          data._status = 'published'
          data.publishedAt ??= now
        } else if (data._status === 'published') data.stage = 'published'
        return data
      }
      if (data._status === 'published' || (data.stage && data.stage !== 'draft')) {
        throw workflowError(SLUG, 'stage', tr(req, 'contentStartsDraft', { draft: stateLabel(contentMachine(options), 'draft', req) }), req)
      }
      data.stage = 'draft'
      if (user) data.editedSinceApproval = [user.id]
      if (data.request) await checkRequestLink(req, data.request)
      setPending(req, SLUG, null, { kind: 'created', from: null, to: 'draft', comment, forced: false })
      return data
    }

    const from = String(originalDoc?.stage ?? 'draft')
    const draftSave = isDraftSave(req, SLUG) && data._status !== 'published'
    let to = String(data.stage ?? from)

    if (skip) {
      if (to !== from) {
        if (to === 'published') {
          data._status = 'published'
          data.publishedAt ??= now
        } else if (!draftSave) data._status = 'draft'
      } else if (data._status === 'published' && from !== 'published') {
        data.stage = 'published'
        data.publishedAt ??= now
      }
      return data
    }

    // What the save asks for, whichever field expressed it.
    if (data._status === 'published' && from !== 'published') {
      if (to !== from && to !== 'published') {
        throw workflowError(SLUG, 'stage', tr(req, 'contentStatusStageDisagree', { stage: to }), req)
      }
      to = 'published'
    } else if (from === 'published' && !draftSave && data._status === 'draft' && to === 'published' && sentStatus(req, SLUG) === 'draft') {
      // The admin's Unpublish button (a `_status: 'draft'` the caller sent; Payload fills in 'draft'
      // from a pending draft on any other non-draft save, which keeps the piece published).
      to = 'unpublished'
    }
    if (to !== from && draftSave) {
      throw workflowError(SLUG, 'stage', tr(req, 'contentStageNotDraft', { from: stateLabel(contentMachine(options), from, req), to: stateLabel(contentMachine(options), to, req) }), req)
    }

    const edited = changedFields(data, originalDoc ?? {}, NOT_AN_EDIT)
    // The hook owns the list of changers (a restored version or a forged value never shortens it).
    data.editedSinceApproval = userIds(originalDoc?.editedSinceApproval)
    if (edited.length && user) {
      data.lastEditedBy = user.id
      data.editedSinceApproval = withUser(originalDoc?.editedSinceApproval, user.id)
    }
    const previousRequest = idOf(originalDoc?.request)
    const movedRequest = 'request' in data && !sameId(data.request, originalDoc?.request) && !(idOf(data.request) === null && previousRequest === null)
    if (movedRequest && data.request) await checkRequestLink(req, data.request)
    const relink = movedRequest && !draftSave ? { previousRequest } : {}

    if (to !== from) {
      const decided = authorizeTransition({
        machine: contentMachine(options), req, from, to,
        doc: { ...originalDoc, ...data }, id: originalDoc?.id, comment, force,
      })
      // One transition at a time per document, whichever instance serves it (a racing one gets 409).
      if (originalDoc?.id !== undefined) await holdState(req, SLUG, originalDoc.id, 'stage', from)
      if (to === 'approved' && options.workflow.approvalGates.length) {
        const reasons: string[] = []
        for (const gate of options.workflow.approvalGates) {
          const reason = await gate({ req, data: { ...originalDoc, ...data }, originalDoc: originalDoc ?? {} })
          if (reason) reasons.push(reason)
        }
        if (reasons.length) throw gateError(req, reasons)
      }
      data.stage = to
      let { forced, details } = decided
      if (to === 'approved') data.editedSinceApproval = []
      if (to === 'published') {
        data._status = 'published'
        data.publishedAt = now
        // Text changed after its approval goes out flagged for review, as a forced publication does.
        const changers = userIds(data.editedSinceApproval ?? originalDoc?.editedSinceApproval)
        if (changers.length) {
          forced = true
          details = { ...details, changedAfterApproval: changers }
        }
      } else {
        data._status = 'draft'
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'transition', from, to, ...decided, forced, details, ...relink })
      return data
    }

    // A direct edit of a published content (this save changes it) goes live only by a publisher:
    // anyone else saves it as a draft correction. Its own refusal, before the republication rule
    // (which is about putting an already saved correction live).
    if (from === 'published' && !draftSave && edited.length && !publisher) {
      const language = req.i18n?.language ?? 'es'
      const fields = req.payload.collections[SLUG]?.config.fields
      throw forbidden(
        tr(req, 'contentPublishedEditNeedsPublisher', {
          roles: options.workflow.publishRoles.map((role) => labelIn(ROLE_LABELS[role] ?? role, language)).join(', '),
          fields: edited.map((name) => fieldLabelOf(fields, name, language)).join(', '),
        }),
      )
    }

    // No transition. A non-draft save of a published content puts its result live: when that
    // differs from the live version (a pending correction, or a direct edit), it is a republication.
    if (from === 'published' && !draftSave && originalDoc?.id !== undefined) {
      const live = await liveContent(req, originalDoc.id)
      const changes = changesFrom({ ...originalDoc, ...data }, live ?? {})
      if (changes.length) {
        if (!publisher) {
          throw paramError(req, 'stage', tr(req, 'republishNeedsPublisher', { roles: options.workflow.publishRoles.map((role) => labelIn(ROLE_LABELS[role as keyof typeof ROLE_LABELS], req.i18n?.language ?? 'es') || role).join(', '), fields: changes.map((name) => labelOf(req, SLUG, name)).join(', ') }), 403, SLUG)
        }
        const changers = userIds(data.editedSinceApproval ?? originalDoc.editedSinceApproval)
        data._status = 'published'
        setPending(req, SLUG, originalDoc.id, {
          kind: 'republication',
          from,
          to: from,
          comment,
          forced: changers.length > 0,
          details: { changed: changes, ...(changers.length ? { changedAfterApproval: changers } : {}) },
          ...relink,
        })
        return data
      }
    }

    // An edit. Approved pieces are locked for those who cannot publish (live ones: above).
    if (edited.length && !publisher && from === 'approved') {
      throw forbidden(tr(req, 'contentApprovedLocked', { field: fieldLabelOf(req.payload.collections[SLUG]?.config.fields, edited[0]!, req.i18n?.language ?? 'es') }))
    }
    if (!draftSave) data._status = to === 'published' ? 'published' : 'draft'
    if (comment || movedRequest) {
      setPending(req, SLUG, originalDoc?.id, { kind: 'comment', from, to: from, comment, forced: false, ...relink })
    }
    return data
  }
