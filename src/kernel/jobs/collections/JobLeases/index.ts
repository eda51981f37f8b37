import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { allowRoles, nobody } from '../../../access/index.js'
import { GROUPS } from '../../../../defaults.js'
import { SLUGS } from '../../../slugs.js'

/**
 * Leases of the jobs that must run one at a time across runners (e.g. the head's alert digest):
 * one row per key, taken with a compare-and-set on `lockedUntil` (src/kernel/jobs/lease.ts). Written only
 * by that code; the administrator may read it.
 */
export const createJobLeasesCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.jobLeases,
  labels: { singular: { es: 'Turno de tarea', en: 'Job lease' }, plural: { es: 'Turnos de tareas', en: 'Job leases' } },
  admin: { group: GROUPS.settings, hidden: true },
  access: { read: allowRoles('admin'), create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true, label: { es: 'Clave', en: 'Key' } },
    { name: 'holder', type: 'text', label: { es: 'Titular', en: 'Holder' } },
    { name: 'lockedUntil', type: 'date', label: { es: 'Hasta', en: 'Until' } },
  ],
})
