import type { CollectionConfig, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { keepTrailAppendOnly, refuseTrailDelete } from './hooks/keepTrailAppendOnly.js'
import { nameOldTrailRows } from './hooks/nameOldTrailRows.js'
import { nameTrailRow } from './hooks/nameTrailRow.js'
import { sayExpertAnswer } from './hooks/sayExpertAnswer.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { nobody, readWorkflowTrail } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { WORKFLOW_EVENT_KIND_LABELS, WORKFLOW_EVENT_KINDS } from '../../../../kernel/machine/eventKinds.js'
import { markForcedEventReviewed } from '../../markReviewed.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * The audit trail ("bitácora"): one row per applied transition, comment, republication, check
 * override or waiver (`kind`, src/kernel/machine/eventKinds.ts), written by the workflow hooks in the
 * transaction of the change. Append-only for everyone (no update, no delete, not even
 * admin); the only change ever made to a row is the review of a forced transition, through
 * `POST /api/workflow-events/:id/review` (itself recorded as a `forced-review` event).
 */
export const createWorkflowEventsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.workflowEvents,
  labels: { singular: { es: 'Evento de flujo', en: 'Workflow event' }, plural: { es: 'Bitácora', en: 'Audit trail' } },
  admin: {
    group: GROUPS.check,
    useAsTitle: 'documentTitle',
    // The auditor's columns: when, what, in which collection, which document (its title, a link),
    // the states in the reader's language, who (by name), flagged or not.
    defaultColumns: ['at', 'kind', 'collection', 'documentTitle', 'from', 'to', 'actorName', 'forced'],
  },
  access: { read: readWorkflowTrail, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  hooks: { beforeChange: [keepTrailAppendOnly, nameTrailRow], afterRead: [nameOldTrailRows, sayExpertAnswer], beforeDelete: [refuseTrailDelete] },
  endpoints: [
    {
      path: '/:id/review',
      method: 'post',
      handler: async (req: PayloadRequest) => {
        if (!req.user) return Response.json({ errors: [{ message: 'Unauthorized' }] }, { status: 401 })
        let note = ''
        try {
          const body = req.json ? await req.json() : {}
          note = String((body as { note?: unknown })?.note ?? '')
        } catch {
          note = ''
        }
        try {
          const doc = await markForcedEventReviewed(req, { eventId: String(req.routeParams?.id), note })
          return Response.json({ doc })
        } catch (error) {
          const status = (error as { status?: number }).status ?? 500
          return Response.json({ errors: [{ message: (error as Error).message, data: (error as { data?: unknown }).data }] }, { status })
        }
      },
    },
  ],
  fields: [
    { name: 'collection', type: 'text', required: true, index: true, label: { es: 'Colección', en: 'Collection' }, admin: { components: { Cell: clientComponent('TrailCollectionCell') } } },
    { name: 'document', type: 'text', required: true, index: true, label: { es: 'Documento (id)', en: 'Document (id)' } },
    {
      // The document's title when the row was written (nameTrailRow); the list links it to the document.
      name: 'documentTitle',
      type: 'text',
      label: { es: 'Documento', en: 'Document' },
      admin: { readOnly: true, components: { Cell: clientComponent('TrailDocumentCell') } },
    },
    {
      name: 'kind',
      type: 'select',
      index: true,
      defaultValue: 'transition',
      options: WORKFLOW_EVENT_KINDS.map((value) => ({ value, label: WORKFLOW_EVENT_KIND_LABELS[value] })),
      label: { es: 'Tipo', en: 'Kind' },
    },
    { name: 'from', type: 'text', label: { es: 'Desde', en: 'From' }, admin: { components: { Cell: clientComponent('TrailStateCell') } } },
    { name: 'to', type: 'text', required: true, label: { es: 'Hacia', en: 'To' }, admin: { components: { Cell: clientComponent('TrailStateCell') } } },
    { name: 'actor', type: 'relationship', relationTo: SLUGS.users, index: true, label: { es: 'Actor (cuenta)', en: 'Actor (account)' } },
    // The actor's name when the row was written (nameTrailRow).
    { name: 'actorName', type: 'text', label: { es: 'Actor', en: 'Actor' }, admin: { readOnly: true } },
    { name: 'comment', type: 'textarea', label: { es: 'Comentario', en: 'Comment' } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, index: true, label: { es: 'Dependencia', en: 'Department' } },
    { name: 'at', type: 'date', required: true, index: true, label: { es: 'Fecha', en: 'At' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'forced', type: 'checkbox', index: true, defaultValue: false, label: { es: 'Forzada (revisar)', en: 'Forced (to review)' } },
    { name: 'details', type: 'json', label: { es: 'Detalles', en: 'Details' } },
    {
      type: 'collapsible',
      label: { es: 'Revisión retrospectiva', en: 'Retrospective review' },
      fields: [
        { name: 'reviewedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Revisada por', en: 'Reviewed by' } },
        { name: 'reviewedAt', type: 'date', label: { es: 'Revisada el', en: 'Reviewed at' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'reviewNote', type: 'textarea', label: { es: 'Nota de revisión', en: 'Review note' } },
      ],
    },
  ],
})
