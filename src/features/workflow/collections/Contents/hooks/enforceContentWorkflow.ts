import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { hasRole } from '../../../../../kernel/access/index.js'
import { forbidden } from '../../../../../kernel/errors.js'
import { actingUser, authorizeTransition } from '../../../../../kernel/machine/authorizeTransition.js'
import { changedFields, commentOf, idOf } from '../../../../../kernel/machine/compare.js'
import { isDraftSave, setPending, skipsWorkflow } from '../../../../../kernel/machine/context.js'
import { workflowError } from '../../../../../kernel/machine/errors.js'

const SLUG = 'contents'

/** Fields whose change is not an edit of the piece (four-eyes looks at edits only). */
const NOT_AN_EDIT = new Set([
  'stage', '_status', 'workflowComment', 'workflowForce', 'createdBy', 'lastEditedBy', 'publishedAt',
  'updatedAt', 'createdAt', 'id', 'reviewChecklist',
])

/** Request statuses under which office staff produce contents for it. */
const PRODUCING = ['accepted', 'in-production', 'in-review']

/**
 * The content machine, enforced on every save. `stage` and `_status` never disagree: saving
 * with `_status: 'published'` (the admin's Publish button, list-view bulk publish, the
 * schedulePublish job) is the transition to `published`; `stage: 'published'` sets
 * `_status` and `publishedAt`. Only an approved content is published, by `publishRoles`
 * (or forced by them, with a reason: flagged for review). Four-eyes: the author or last editor
 * does not approve. Approval gates (plugin option) run on in-review → approved.
 */
export const enforceContentWorkflow =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const user = actingUser(req)
    const comment = commentOf(data, SLUG)
    const force = data.workflowForce === true
    delete data.workflowComment
    delete data.workflowForce
    const skip = skipsWorkflow(req)
    const now = new Date().toISOString()

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
        throw workflowError(SLUG, 'stage', 'stage: un contenido nuevo empieza en «draft»; se publica tras su aprobación / a new content starts as "draft"; it is published once approved')
      }
      data.stage = 'draft'
      if (data.request) {
        const request = await req.payload.findByID({ collection: 'communication-requests' as never, id: idOf(data.request) as never, depth: 0, req, overrideAccess: true, disableErrors: true })
        const status = (request as null | { status?: string })?.status
        if (!request || !PRODUCING.includes(String(status))) {
          throw workflowError(SLUG, 'request', `request: solo se producen contenidos de una solicitud aceptada o en producción (está «${status ?? '—'}») / contents are produced only for an accepted or in-production request (it is "${status ?? '—'}")`)
        }
      }
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
        throw workflowError(SLUG, 'stage', `stage: «_status: published» y «stage: ${to}» se contradicen / "_status: published" and "stage: ${to}" disagree`)
      }
      to = 'published'
    } else if (from === 'published' && !draftSave && data._status === 'draft' && to === 'published') {
      to = 'unpublished' // the admin's Unpublish button
    }
    if (to !== from && draftSave) {
      throw workflowError(SLUG, 'stage', `stage: un cambio de etapa («${from}» → «${to}») no se guarda como borrador; guarde o use los botones de transición / a stage change ("${from}" → "${to}") is not saved as a draft; save, or use the transition buttons`)
    }

    const edited = changedFields(data, originalDoc ?? {}, NOT_AN_EDIT)
    if (edited.length && user) data.lastEditedBy = user.id

    if (to !== from) {
      const decided = authorizeTransition({
        options, machine: 'content', collection: SLUG, field: 'stage', req, from, to,
        doc: { ...originalDoc, ...data }, id: originalDoc?.id, comment, force,
      })
      if (to === 'approved' && options.workflow.approvalGates.length) {
        const reasons: string[] = []
        for (const gate of options.workflow.approvalGates) {
          const reason = await gate({ req, data: { ...originalDoc, ...data }, originalDoc: originalDoc ?? {} })
          if (reason) reasons.push(reason)
        }
        if (reasons.length) {
          throw workflowError(SLUG, 'stage', `stage: «${from}» → «approved» bloqueada / blocked: ${reasons.join('; ')}`)
        }
      }
      data.stage = to
      if (to === 'published') {
        data._status = 'published'
        data.publishedAt = now
      } else {
        data._status = 'draft'
      }
      setPending(req, SLUG, originalDoc?.id, { kind: 'transition', from, to, ...decided })
      return data
    }

    // No transition: an edit. Approved and live pieces are locked for those who cannot publish.
    if (edited.length && user && !hasRole(user, ...options.workflow.publishRoles)) {
      if (from === 'approved') {
        throw forbidden(`${edited[0]}: un contenido aprobado no se edita; pida cambios primero / an approved content is not edited; request changes first`)
      }
      if (from === 'published' && !draftSave) {
        throw forbidden(`${edited[0]}: un contenido publicado se corrige como borrador y lo publica quien tiene permiso / a published content is corrected as a draft and republished by a publisher`)
      }
    }
    if (!draftSave) data._status = to === 'published' ? 'published' : 'draft'
    return data
  }
