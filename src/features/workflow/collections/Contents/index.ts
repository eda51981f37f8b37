import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { afterContentChange } from './hooks/afterContentChange.js'
import { enforceContentWorkflow } from './hooks/enforceContentWorkflow.js'
import { rememberDraftSave } from './hooks/rememberDraftSave.js'
import {
  allowRoles,
  allowRolesForField,
  anonymousReadVersions,
  hasRole,
  nobodyField,
  OFFICE_ROLES,
  publishedExternalOrStaff,
  readContents,
} from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { scheduleEndpoints } from '../../scheduling/endpoints.js'
import { syncSchedules } from '../../scheduling/syncSchedules.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { contentMachine } from '../../machines/contents.js'
import { AUDIENCES, CHANNELS, CONTENT_KINDS } from '../../../../kernel/vocabulary.js'
import { CONTENT_STAGE_LABELS, CONTENT_STAGES } from '../../states.js'
import { contentArchiveFields } from './archiveFields.js'
import { contentBodyEditor, validateBody } from './bodyEditor.js'
import { contentPlanLinkFields } from './planLinks.js'
import { contentReviewFields } from './reviewFields.js'
import { contentsPublicReadIndexes } from './publicReadIndexes.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'
// Ley 1712 classification (issue 18): the compliance feature's fields, read by the public rule.
import { classificationFields } from '../../../compliance/classification.js'
// Acuerdo AGN 003/2015 (issue 18): the expedientes holding a content keep their electronic index current.
import { refreshExpedientesOf } from '../../../compliance/collections/Expedientes/hooks/refreshExpedientes.js'
import { refuseMemberDeletion } from '../../../compliance/collections/Expedientes/hooks/refuseMemberDeletion.js'
import { assignSlug, validateSlug } from './hooks/assignSlug.js'

const systemOnly = { create: nobodyField, update: nobodyField }

/**
 * Contents ("productos comunicacionales"), drafts and versions on. `stage` is the content
 * machine (src/features/workflow/tables.ts), enforced by `enforceContentWorkflow`; `_status` follows it
 * (publishing is the transition to `published`, only from `approved`, only by `publishRoles`).
 */
export const createContentsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.contents,
  labels: { singular: { es: 'Contenido', en: 'Content' }, plural: { es: 'Contenidos', en: 'Contents' } },
  admin: {
    group: GROUPS.do,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'audience', 'stage', 'publishedAt'],
    // One status (the stage) and Payload's publish controls only for those who may publish (issue 15,
    // item 2); the list's bulk Publish/Unpublish are hidden from the others too.
    components: {
      beforeListTable: [{ path: clientComponent('ContentListPublishGuard'), clientProps: { publishRoles: [...options.workflow.publishRoles] } }],
      edit: {
        Status: clientComponent('ContentStageStatus'),
        PublishButton: { path: clientComponent('ContentPublishButton'), clientProps: { publishRoles: [...options.workflow.publishRoles] } },
        UnpublishButton: { path: clientComponent('ContentUnpublishButton'), clientProps: { publishRoles: [...options.workflow.publishRoles] } },
      },
    },
  },
  // Scheduling is the workflow panel's own (src/features/workflow/scheduling/), not Payload's schedulePublish:
  // its drawer cannot read a typed Spanish date and its server function does not check who may publish.
  versions: { drafts: true, maxPerDoc: 50 },
  indexes: contentsPublicReadIndexes,
  access: {
    // Public API contract: anonymous → published external only; staff → every published content
    // (intranet) OR what their role reads; versions never reach anonymous callers.
    read: publishedExternalOrStaff(readContents),
    readVersions: anonymousReadVersions(allowRoles(...OFFICE_ROLES, 'auditor')),
    create: allowRoles(...OFFICE_ROLES),
    update: allowRoles(...OFFICE_ROLES),
    delete: allowRoles('admin'),
  },
  hooks: {
    beforeOperation: [rememberDraftSave],
    // The slug after the workflow: it reads whether this save publishes (`_status`, `publishedAt`).
    beforeChange: [enforceContentWorkflow(options), assignSlug],
    afterChange: [afterContentChange(options), syncSchedules, refreshExpedientesOf(SLUGS.contents)],
    beforeDelete: [refuseMemberDeletion(SLUGS.contents)],
  },
  endpoints: [transitionsEndpoint(contentMachine(options)), ...scheduleEndpoints(options)],
  fields: [
    {
      name: 'workflowActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: clientComponent('ContentWorkflowPanel') } },
    },
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      label: { es: 'Slug (dirección pública)', en: 'Slug (public address)' },
      validate: validateSlug,
      admin: {
        position: 'sidebar',
        description: {
          es: 'Se forma del título al crear; puede cambiarlo hasta la primera publicación, después queda fijo.',
          en: 'Made from the title on creation; editable until the first publication, fixed after.',
        },
      },
    },
    { name: 'kind', type: 'select', required: true, defaultValue: 'news', options: CONTENT_KINDS, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'audience', type: 'select', required: true, defaultValue: 'external', index: true, options: AUDIENCES, label: { es: 'Público', en: 'Audience' } },
    { name: 'summary', type: 'textarea', label: { es: 'Resumen', en: 'Summary' } },
    { name: 'body', type: 'richText', label: { es: 'Cuerpo', en: 'Body' }, editor: contentBodyEditor(), validate: validateBody },
    ...contentArchiveFields,
    { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
    { name: 'request', type: 'relationship', relationTo: SLUGS.communicationRequests, index: true, label: { es: 'Solicitud', en: 'Request' } },
    ...contentPlanLinkFields,
    { name: 'departments', type: 'relationship', relationTo: SLUGS.departments, hasMany: true, label: { es: 'Dependencias', en: 'Departments' } },
    { name: 'tags', type: 'text', hasMany: true, label: { es: 'Etiquetas', en: 'Tags' } },
    ...classificationFields,
    {
      name: 'reviewChecklist',
      type: 'group',
      label: { es: 'Lista de revisión', en: 'Review checklist' },
      fields: [
        { name: 'factsVerified', type: 'checkbox', label: { es: 'Datos y cifras verificados', en: 'Facts and figures verified' } },
        { name: 'sourcesAttributed', type: 'checkbox', label: { es: 'Fuentes citadas', en: 'Sources attributed' } },
        { name: 'spellingChecked', type: 'checkbox', label: { es: 'Ortografía y estilo revisados', en: 'Spelling and style checked' } },
        { name: 'imageRightsChecked', type: 'checkbox', label: { es: 'Derechos y consentimiento de imágenes', en: 'Image rights and consent' } },
        { name: 'brandApplied', type: 'checkbox', label: { es: 'Manual de imagen aplicado', en: 'Brand manual applied' } },
      ],
    },
    {
      name: 'stage',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: CONTENT_STAGES.map((value) => ({ value, label: CONTENT_STAGE_LABELS[value] })),
      label: { es: 'Etapa', en: 'Stage' },
      access: { create: nobodyField, update: allowRolesForField(...OFFICE_ROLES) },
      admin: { position: 'sidebar', readOnly: true, description: { es: 'Cambia con los botones del flujo de trabajo.', en: 'Changes through the workflow buttons.' } },
    },
    {
      name: 'workflowComment',
      type: 'textarea',
      virtual: true,
      label: { es: 'Comentario de la transición', en: 'Transition comment' },
      admin: { position: 'sidebar', description: { es: 'Obligatorio al pedir cambios o forzar la publicación.', en: 'Required to request changes or force publication.' } },
    },
    {
      name: 'workflowForce',
      type: 'checkbox',
      virtual: true,
      label: { es: 'Publicación forzada (con motivo)', en: 'Force publication (with a reason)' },
      access: { create: nobodyField, update: allowRolesForField(...options.workflow.publishRoles) },
      admin: {
        position: 'sidebar',
        // Only those who may publish see it (the Publish button then forces, with the comment as reason).
        condition: (_data, _sibling, { user }) => hasRole(user, ...options.workflow.publishRoles),
      },
    },
    { name: 'publishedAt', type: 'date', index: true, label: { es: 'Publicado el', en: 'Published at' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'createdBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Autor', en: 'Author' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    { name: 'lastEditedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Última edición', en: 'Last edited by' }, access: systemOnly, admin: { position: 'sidebar', readOnly: true } },
    {
      // Four-eyes (issue 13, item 15): nobody here approves the piece; cleared when it is approved.
      name: 'editedSinceApproval',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: { es: 'Cambiado desde la última aprobación por', en: 'Changed since its last approval by' },
      access: systemOnly,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: { es: 'Quienes cambiaron el contenido desde su última aprobación: ninguno puede aprobarlo.', en: 'Who changed the content since its last approval: none of them may approve it.' },
      },
    },
    {
      name: 'workflowTimeline',
      type: 'ui',
      admin: { components: { Field: clientComponent('WorkflowTimeline') } },
    },
    ...contentReviewFields,
  ],
})
