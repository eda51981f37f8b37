import type { CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { nobody } from '../../../../kernel/access/index.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Fact-check links issued to outside experts (no account). Hidden, and nobody reads or writes it
 * through any API: only the fact-check endpoints (system code, `overrideAccess`).
 * The token itself is never stored: only its random id (`tokenId`), so a leaked database does not
 * leak usable links. `usedAt` is set once, by a compare-and-set update (see src/features/workflow/factCheck/answer.ts).
 */
export const createFactCheckRequestsCollection = (_options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.factCheckRequests,
  labels: {
    singular: { es: 'Verificación externa', en: 'External fact check' },
    plural: { es: 'Verificaciones externas', en: 'External fact checks' },
  },
  admin: { hidden: true, useAsTitle: 'email' },
  graphQL: false,
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  timestamps: true,
  fields: [
    { name: 'tokenId', type: 'text', required: true, unique: true, index: true },
    { name: 'content', type: 'relationship', relationTo: SLUGS.contents, required: true, index: true, label: { es: 'Contenido', en: 'Content' } },
    { name: 'email', type: 'email', required: true, label: { es: 'Correo electrónico', en: 'E-mail' } },
    { name: 'name', type: 'text', required: true, label: { es: 'Nombre', en: 'Name' } },
    { name: 'requestedBy', type: 'relationship', relationTo: SLUGS.users },
    { name: 'expiresAt', type: 'date', required: true },
    /** The expert's language, chosen by the office when asking: the e-mail and the answer pages use it. */
    { name: 'language', type: 'select', options: ['es', 'en'], defaultValue: 'es' },
    { name: 'usedAt', type: 'date', index: true },
    { name: 'verdict', type: 'select', options: ['confirmed', 'comments'] },
    { name: 'comment', type: 'textarea' },
    /** The workflow-events row that recorded the answer. */
    { name: 'answerEvent', type: 'text', index: true },
  ],
})
