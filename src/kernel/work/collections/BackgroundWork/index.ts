import type { Access, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { hasRole, nobody } from '../../../access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { WORK_SLUG } from '../../progress.js'
import { SLUGS } from '../../../slugs.js'

/** Admins and the head read every piece of work; anyone else the work they asked for. */
const readOwnWork: Access = ({ req }) => {
  if (!req.user) return false
  if (hasRole(req.user, 'admin', 'head')) return true
  return { requestedBy: { equals: req.user.id } }
}

/**
 * Long work run as a background job (large CSV imports, report generation): who asked, its
 * progress (items done out of the total) and, when done, its result. Written only by the plugin's
 * code; people read their own.
 */
export const createBackgroundWorkCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: WORK_SLUG,
  labels: { singular: { es: 'Trabajo en segundo plano', en: 'Background work' }, plural: { es: 'Trabajos en segundo plano', en: 'Background work' } },
  admin: { group: GROUPS.settings, useAsTitle: 'label', defaultColumns: ['label', 'kind', 'status', 'done', 'total', 'summary', 'finishedAt'] },
  access: { read: readOwnWork, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-createdAt',
  fields: [
    { name: 'label', type: 'text', required: true, label: { es: 'Trabajo', en: 'Work' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: { es: 'Tipo', en: 'Kind' },
      options: [
        { value: 'mentions', label: { es: 'Importación de menciones', en: 'Mentions import' } },
        { value: 'social-metrics', label: { es: 'Importación de métricas de redes', en: 'Social metrics import' } },
        { value: 'report', label: { es: 'Generación de informe', en: 'Report generation' } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: { es: 'Estado', en: 'Status' },
      options: [
        { value: 'queued', label: { es: 'En cola', en: 'Queued' } },
        { value: 'running', label: { es: 'En curso', en: 'Running' } },
        { value: 'done', label: { es: 'Terminado', en: 'Done' } },
        { value: 'failed', label: { es: 'Falló', en: 'Failed' } },
      ],
    },
    { name: 'done', type: 'number', defaultValue: 0, label: { es: 'Hechos', en: 'Done' } },
    { name: 'total', type: 'number', defaultValue: 0, label: { es: 'Total', en: 'Total' } },
    { name: 'summary', type: 'text', label: { es: 'Resultado', en: 'Result' } },
    { name: 'result', type: 'json', label: { es: 'Detalle del resultado', en: 'Result details' }, admin: { hidden: true } },
    { name: 'error', type: 'text', label: { es: 'Error', en: 'Error' } },
    { name: 'requestedBy', type: 'relationship', relationTo: SLUGS.users, index: true, label: { es: 'Pedido por', en: 'Requested by' } },
    { name: 'startedAt', type: 'date', label: { es: 'Empezó', en: 'Started' } },
    { name: 'finishedAt', type: 'date', label: { es: 'Terminó', en: 'Finished' } },
  ],
})
