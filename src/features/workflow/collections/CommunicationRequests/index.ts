import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { afterRequestChange } from './hooks/afterRequestChange.js'
import { explainRefusal } from '../../../../kernel/access/explainRefusal.js'
import { computeTrafficLight } from './hooks/computeTrafficLight.js'
import { enforceRequestWorkflow } from './hooks/enforceRequestWorkflow.js'
import { allowRoles, allowRolesForField, departmentOf, hasRole, nobodyField, OFFICE_ROLES, officeAndAuditorsField, officeOrOwnDepartment, staffOnlyField } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { productsEndpoint } from '../../endpoints/productsEndpoint.js'
import { transitionsEndpoint } from '../../../../kernel/machine/transitionsEndpoint.js'
import { requestMachine } from '../../machines/requests.js'
import { AUDIENCES, CHANNELS, CONTENT_KINDS, PRODUCT_TYPES } from '../../../../kernel/vocabulary.js'
import { COVERAGE_KINDS } from '../../delivery.js'
import { REQUEST_STATUS_LABELS, REQUEST_STATUSES } from '../../states.js'
import { validateHttpUrl } from '../../../../../collections/httpUrl.js'
import { requestPlanLinkFields } from './planLinks.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'
// Election periods (Ley 996/2005) ask event coverage about candidates and refuse prohibited coverage at triage.
import { electoralRequestFields } from '../../../compliance/requests/electoralFields.js'
import { refuseElectoralCoverage } from '../../../compliance/requests/refuseElectoralCoverage.js'

const systemOnly = { create: nobodyField, update: nobodyField }
/**
 * The office's working fields (assignees, due date, traffic light, plan links): a liaison files a
 * request and follows its status; these are not theirs to see (issue 15, item 5). Field read
 * access hides them on every path (REST, GraphQL, Local API, the admin's form).
 */
const internalRead = { read: officeAndAuditorsField }

/**
 * Communication requests ("solicitudes") filed by departments. A change of `status` is a
 * transition of the request machine (src/features/workflow/tables.ts), enforced by
 * `enforceRequestWorkflow`; its comment travels as `workflowComment`. The code, due date and
 * stamps are written by the hooks only.
 */
export const createCommunicationRequestsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.communicationRequests,
  labels: {
    singular: { es: 'Solicitud de comunicación', en: 'Communication request' },
    plural: { es: 'Solicitudes de comunicación', en: 'Communication requests' },
  },
  admin: {
    group: GROUPS.do,
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'department', 'status', 'dueDate', 'trafficLight'],
  },
  access: {
    read: officeOrOwnDepartment('department'),
    create: allowRoles(...OFFICE_ROLES, 'requester'),
    update: officeOrOwnDepartment('department', false),
    // Codes are never reused (the counter keeps counting); deleting is for the administrator only.
    delete: allowRoles('admin'),
  },
  hooks: {
    // The auditor reads requests and files none: the create access refuses, and says so.
    beforeOperation: [explainRefusal(['create'], (req) => (hasRole(req.user, 'auditor') ? 'auditorFilesNoRequests' : null))],
    beforeChange: [refuseElectoralCoverage, enforceRequestWorkflow(options)],
    afterChange: [afterRequestChange(options)],
  },
  endpoints: [transitionsEndpoint(requestMachine(options)), productsEndpoint()],
  fields: [
    {
      name: 'workflowActions',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: clientComponent('WorkflowTransitions') } },
    },
    { name: 'code', type: 'text', unique: true, index: true, label: { es: 'Código', en: 'Code' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    {
      name: 'department',
      type: 'relationship',
      relationTo: SLUGS.departments,
      required: true,
      index: true,
      label: { es: 'Dependencia', en: 'Department' },
      access: { update: allowRolesForField(...OFFICE_ROLES) },
      // A liaison's own department, pre-filled (and read-only for them: OwnDepartmentField).
      defaultValue: ({ user }: { user?: unknown }) => departmentOf(user as never) ?? undefined,
      admin: {
        description: { es: 'Para un enlace, siempre su propia dependencia.', en: 'For a liaison, always their own department.' },
        components: { Field: clientComponent('OwnDepartmentField') },
      },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: SLUGS.users,
      index: true,
      label: { es: 'Solicitado por', en: 'Requested by' },
      // Personal data: never to anonymous callers (the collection is closed to them too).
      access: { read: staffOnlyField, create: allowRolesForField(...OFFICE_ROLES), update: allowRolesForField('admin', 'head') },
      // Set by the system for a liaison's request: not a question on their form.
      admin: { condition: (_data, _sibling, { user }) => hasRole(user, ...OFFICE_ROLES, 'auditor') },
    },
    { name: 'audience', type: 'select', required: true, defaultValue: 'external', options: AUDIENCES, label: { es: 'Público', en: 'Audience' } },
    {
      name: 'products',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 20,
      label: { es: 'Productos solicitados', en: 'Requested products' },
      labels: { singular: { es: 'Producto', en: 'Product' }, plural: { es: 'Productos', en: 'Products' } },
      fields: [
        { name: 'type', type: 'select', required: true, options: PRODUCT_TYPES, label: { es: 'Tipo', en: 'Type' } },
        { name: 'channels', type: 'select', hasMany: true, options: CHANNELS, label: { es: 'Canales', en: 'Channels' } },
        {
          // DESIGN.md: an event coverage is answered by a news content, or by a TV note or an
          // audiovisual piece when the request says so (src/features/workflow/delivery.ts).
          name: 'coverageAs',
          type: 'select',
          options: CONTENT_KINDS.filter((kind) => (COVERAGE_KINDS as readonly string[]).includes(kind.value)),
          label: { es: 'Cubrimiento entregado como', en: 'Coverage delivered as' },
          admin: {
            condition: (_data, sibling) => sibling?.type === 'event-coverage',
            description: { es: 'Por defecto, una noticia.', en: 'A news story by default.' },
          },
        },
      ],
    },
    {
      // Where each requested product stands (delivered, pending, waived); the head waives from here.
      name: 'productCoverage',
      type: 'ui',
      admin: { components: { Field: clientComponent('RequestProducts') } },
    },
    { name: 'description', type: 'textarea', required: true, label: { es: 'Descripción', en: 'Description' } },
    { name: 'desiredDate', type: 'date', label: { es: 'Fecha deseada', en: 'Desired date' } },
    {
      name: 'event',
      type: 'group',
      label: { es: 'Evento (para cubrimientos)', en: 'Event (for coverage)' },
      fields: [
        { name: 'date', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { es: 'Fecha y hora', en: 'Date and time' } },
        { name: 'place', type: 'text', label: { es: 'Lugar', en: 'Place' } },
      ],
    },
    ...electoralRequestFields,
    {
      name: 'attachments',
      type: 'array',
      maxRows: 50,
      label: { es: 'Anexos (enlaces)', en: 'Attachments (links)' },
      labels: { singular: { es: 'Anexo', en: 'Attachment' }, plural: { es: 'Anexos', en: 'Attachments' } },
      admin: { description: { es: 'Enlaces a documentos de soporte (boletines, bases, fotos).', en: 'Links to supporting documents.' } },
      fields: [
        { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
        { name: 'url', type: 'text', required: true, validate: validateHttpUrl, label: { es: 'Enlace', en: 'URL' } },
      ],
    },
    ...requestPlanLinkFields.map((field) => ({ ...field, access: { ...('access' in field ? field.access : {}), ...internalRead } }) as typeof field),
    {
      name: 'assignees',
      type: 'relationship',
      relationTo: SLUGS.users,
      hasMany: true,
      label: { es: 'Responsables', en: 'Assignees' },
      access: { ...internalRead, create: allowRolesForField('admin', 'head'), update: allowRolesForField('admin', 'head') },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'submitted',
      index: true,
      options: REQUEST_STATUSES.map((value) => ({ value, label: REQUEST_STATUS_LABELS[value] })),
      label: { es: 'Estado', en: 'Status' },
      // Always starts as submitted; changes are transitions (checked by the hook).
      access: { create: nobodyField },
      admin: { position: 'sidebar', readOnly: true, description: { es: 'Cambia con los botones del flujo de trabajo.', en: 'Changes through the workflow buttons.' } },
    },
    {
      name: 'workflowComment',
      type: 'textarea',
      virtual: true,
      label: { es: 'Comentario de la transición', en: 'Transition comment' },
      admin: {
        position: 'sidebar',
        description: { es: 'Obligatorio al rechazar o pedir información.', en: 'Required to reject or ask for information.' },
      },
    },
    {
      // Issue 13, item 17: the head waives a requested product, with a reason, through an update
      // carrying `workflowWaive` (the product's id or type) and `workflowComment` (the reason).
      name: 'workflowWaive',
      type: 'text',
      virtual: true,
      label: { es: 'Dispensar producto', en: 'Waive product' },
      admin: { hidden: true },
    },
    {
      name: 'waivers',
      type: 'array',
      label: { es: 'Productos dispensados', en: 'Waived products' },
      labels: { singular: { es: 'Dispensa', en: 'Waiver' }, plural: { es: 'Dispensas', en: 'Waivers' } },
      access: systemOnly,
      admin: {
        // Shown by the products panel (RequestProducts) with each reason. Rendered as a read-only
        // array with field access, Payload 3.90's admin dropped the fields of every group after it
        // (the requester's satisfaction score among them).
        hidden: true,
        readOnly: true,
        description: { es: 'Productos solicitados que el jefe dispensó, con su motivo: no necesitan entregable.', en: 'Requested products the head waived, with the reason: they need no deliverable.' },
      },
      fields: [
        { name: 'product', type: 'text', required: true, label: { es: 'Producto (id)', en: 'Product (id)' } },
        { name: 'type', type: 'select', options: PRODUCT_TYPES, label: { es: 'Tipo', en: 'Type' } },
        { name: 'reason', type: 'textarea', required: true, label: { es: 'Motivo', en: 'Reason' } },
        { name: 'by', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Por', en: 'By' } },
        { name: 'at', type: 'date', label: { es: 'Fecha', en: 'At' } },
      ],
    },
    { name: 'dueDate', type: 'date', index: true, label: { es: 'Fecha de vencimiento', en: 'Due date' }, access: { ...systemOnly, ...internalRead }, admin: { readOnly: true, position: 'sidebar' } },
    {
      name: 'trafficLight',
      type: 'select',
      virtual: true,
      label: { es: 'Semáforo', en: 'Traffic light' },
      options: [
        { value: 'on-time', label: { es: 'A tiempo', en: 'On time' } },
        { value: 'due-soon', label: { es: 'Por vencer', en: 'Due soon' } },
        { value: 'overdue', label: { es: 'Vencida', en: 'Overdue' } },
      ],
      access: { ...systemOnly, ...internalRead },
      hooks: { afterRead: [computeTrafficLight(options)] },
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'acceptedAt', type: 'date', label: { es: 'Aceptada el', en: 'Accepted at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'deliveredAt', type: 'date', label: { es: 'Entregada el', en: 'Delivered at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'closedAt', type: 'date', label: { es: 'Cerrada el', en: 'Closed at' }, access: systemOnly, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'deliverables', type: 'join', collection: SLUGS.contents, on: 'request', label: { es: 'Entregables', en: 'Deliverables' } },
    {
      name: 'satisfaction',
      type: 'group',
      label: { es: 'Satisfacción', en: 'Satisfaction' },
      access: { create: nobodyField, update: allowRolesForField('requester', 'head', 'admin') },
      admin: {
        // Nothing to rate before delivery: the group appears once the request is delivered.
        condition: (data) => ['delivered', 'closed'].includes(String(data?.status ?? '')),
        description: { es: 'La califica el solicitante al recibir; calificar cierra la solicitud.', en: 'Rated by the requester on delivery; rating closes the request.' },
      },
      fields: [
        { name: 'score', type: 'number', min: 1, max: 5, label: { es: 'Calificación (1–5)', en: 'Score (1–5)' } },
        { name: 'comment', type: 'textarea', label: { es: 'Comentario', en: 'Comment' } },
      ],
    },
    {
      name: 'workflowTimeline',
      type: 'ui',
      admin: { components: { Field: clientComponent('WorkflowTimeline') } },
    },
  ],
})
