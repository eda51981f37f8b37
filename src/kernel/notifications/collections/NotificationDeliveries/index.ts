import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, nobody } from '../../../access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../slugs.js'

export const DELIVERY_STATUSES = ['sending', 'sent', 'failed', 'rejected'] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/**
 * The sent-marker of every notification e-mail (one row per message and recipient), written only
 * by the `pregoneroSendNotification` job. `key` is unique: it is what makes a retried or duplicated
 * job skip a mail the server already accepted (see src/kernel/notifications/tasks/sendNotification.ts).
 * Read-only for admins and auditors ("was the requester told?"); nobody writes it through the API.
 */
export const createNotificationDeliveriesCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.notificationDeliveries,
  // The resolved plugin options, for code that only has a `req` (queueNotification, fact check).
  custom: { pregoneroOptions: options },
  labels: {
    singular: { es: 'Envío de notificación', en: 'Notification delivery' },
    plural: { es: 'Envíos de notificaciones', en: 'Notification deliveries' },
  },
  admin: {
    group: GROUPS.settings,
    useAsTitle: 'subject',
    defaultColumns: ['event', 'to', 'subject', 'status', 'sentAt', 'attempts'],
  },
  access: { read: allowRoles('admin', 'auditor'), create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { es: 'Clave', en: 'Key' } },
    { name: 'event', type: 'text', required: true, index: true, label: { es: 'Evento', en: 'Event' } },
    { name: 'to', type: 'text', required: true, label: { es: 'Destinatario', en: 'Recipient' } },
    { name: 'subject', type: 'text', label: { es: 'Asunto', en: 'Subject' } },
    { name: 'docCollection', type: 'text', label: { es: 'Colección', en: 'Collection' } },
    { name: 'docId', type: 'text', index: true, label: { es: 'Documento', en: 'Document' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'sending', label: { es: 'Enviando', en: 'Sending' } },
        { value: 'sent', label: { es: 'Enviado', en: 'Sent' } },
        { value: 'failed', label: { es: 'Falló (se reintentará)', en: 'Failed (will retry)' } },
        { value: 'rejected', label: { es: 'Rechazado por el servidor', en: 'Rejected by the server' } },
      ],
      label: { es: 'Estado', en: 'Status' },
    },
    { name: 'lockedUntil', type: 'date', label: { es: 'Reservado hasta', en: 'Locked until' } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { es: 'Intentos', en: 'Attempts' } },
    { name: 'messageId', type: 'text', label: { es: 'Message-ID', en: 'Message-ID' } },
    { name: 'sentAt', type: 'date', label: { es: 'Enviado el', en: 'Sent at' } },
    { name: 'lastError', type: 'textarea', label: { es: 'Último error', en: 'Last error' } },
  ],
})
