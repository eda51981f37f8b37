import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, allowRolesForField, nobody, nobodyField, OFFICE_ROLES } from '../../../../kernel/access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { keepSystemNote, renderInReaderLanguage } from './hooks/renderInReaderLanguage.js'
import { stampResolution } from './hooks/stampResolution.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Compliance alerts ("alertas de cumplimiento"), raised only by jobs and hooks through
 * `src/kernel/alerts/raiseAlert.ts`. People acknowledge or resolve them; nobody creates or deletes them.
 * `openKey` is unique: it holds `kind|collection|id` while the alert is open, which makes
 * raising idempotent on every adapter (a resolved alert frees the key by suffixing its own id).
 */
export const createAlertsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.alerts,
  labels: { singular: { es: 'Alerta', en: 'Alert' }, plural: { es: 'Alertas', en: 'Alerts' } },
  admin: {
    group: GROUPS.act,
    useAsTitle: 'message',
    defaultColumns: ['kind', 'severity', 'message', 'status', 'createdAt'],
  },
  access: {
    read: allowRoles(...OFFICE_ROLES, 'auditor'),
    create: nobody,
    update: allowRoles('admin', 'head'),
    delete: nobody,
  },
  hooks: { beforeChange: [keepSystemNote, stampResolution], afterRead: [renderInReaderLanguage] },
  fields: [
    {
      name: 'kind',
      type: 'text',
      required: true,
      index: true,
      label: { es: 'Tipo', en: 'Kind' },
      access: { update: nobodyField },
    },
    {
      name: 'severity',
      type: 'select',
      required: true,
      defaultValue: 'warning',
      options: [
        { label: { es: 'Informativa', en: 'Info' }, value: 'info' },
        { label: { es: 'Advertencia', en: 'Warning' }, value: 'warning' },
        { label: { es: 'Crítica', en: 'Critical' }, value: 'critical' },
      ],
      access: { update: nobodyField },
      label: { es: 'Severidad', en: 'Severity' },
    },
    {
      type: 'group',
      name: 'subject',
      label: { es: 'Asunto', en: 'Subject' },
      access: { update: nobodyField },
      fields: [
        { name: 'collection', type: 'text', label: { es: 'Colección', en: 'Collection' } },
        // Not `id`: a group field named id does not read back on SQLite.
        { name: 'documentId', type: 'text', index: true, label: { es: 'Documento', en: 'Document' } },
        { name: 'title', type: 'text', label: { es: 'Título', en: 'Title' } },
      ],
    },
    { name: 'message', type: 'textarea', required: true, label: { es: 'Mensaje', en: 'Message' }, access: { update: nobodyField } },
    // The message's key and variables (src/kernel/alerts/message.ts): `message` is rendered from
    // them in each reader's language; `message` keeps the Spanish text, readable as stored.
    { name: 'messageKey', type: 'text', label: { es: 'Clave del mensaje', en: 'Message key' }, access: { update: nobodyField }, admin: { hidden: true } },
    { name: 'messageVars', type: 'json', label: { es: 'Variables del mensaje', en: 'Message variables' }, access: { update: nobodyField }, admin: { hidden: true } },
    { name: 'details', type: 'json', label: { es: 'Detalles', en: 'Details' }, access: { update: nobodyField } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { label: { es: 'Abierta', en: 'Open' }, value: 'open' },
        { label: { es: 'Reconocida', en: 'Acknowledged' }, value: 'acknowledged' },
        { label: { es: 'Resuelta', en: 'Resolved' }, value: 'resolved' },
      ],
      label: { es: 'Estado', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'resolutionNote',
      type: 'textarea',
      label: { es: 'Nota de cierre', en: 'Resolution note' },
      admin: { position: 'sidebar' },
    },
    // The system's resolution note as a key and variables, like the message (a person's note has
    // none; hooks/renderInReaderLanguage.ts keeps the pair consistent with the stored text).
    { name: 'resolutionNoteKey', type: 'text', label: { es: 'Clave de la nota de cierre', en: 'Resolution note key' }, admin: { hidden: true } },
    { name: 'resolutionNoteVars', type: 'json', label: { es: 'Variables de la nota de cierre', en: 'Resolution note variables' }, admin: { hidden: true } },
    {
      // The other side of improvement-actions.originAlerts (stored there only): a join, so an
      // alert shows the actions opened for it without a second copy of the link to keep in sync.
      name: 'improvementActions',
      type: 'join',
      collection: SLUGS.improvementActions,
      on: 'originAlerts',
      defaultSort: '-createdAt',
      label: { es: 'Acciones correctivas y de mejora', en: 'Improvement actions' },
      admin: { defaultColumns: ['title', 'type', 'status', 'dueDate'] },
    },
    {
      name: 'resolvedAt',
      type: 'date',
      label: { es: 'Resuelta el', en: 'Resolved at' },
      access: { update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'openKey',
      label: { es: 'Clave de alerta abierta', en: 'Open key' },
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: nobodyField, read: allowRolesForField('admin') },
      admin: { hidden: true },
    },
    {
      name: 'notifiedAt',
      label: { es: 'Notificada el', en: 'Notified at' },
      type: 'date',
      access: { update: nobodyField },
      admin: { hidden: true },
    },
  ],
})
