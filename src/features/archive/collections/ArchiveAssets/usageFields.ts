import type { Field } from 'payload'

import { allowRolesForField, nobodyField, personalDataField, staffOnlyField } from '../../../../kernel/access/index.js'
import { CONSENT_PURPOSES } from '../../consentPurposes.js'
import { CHANNELS } from '../../../../kernel/vocabulary.js'
import { SLUGS } from '../../../../kernel/slugs.js'

/**
 * Image-use consents, one per identifiable person (Ley 1581/2012, Decreto 1377/2013): the channels
 * and purposes it covers, its validity and the signed document. Personal data: staff only. The
 * consent check of contents (src/features/checks/consent.ts) refuses an asset on a channel or for a purpose
 * that a valid consent of every person does not cover. Personal data: read only by the roles that
 * handle it (src/kernel/access/personalData.ts).
 */
export const consentRecordsField: Field = {
  name: 'consentRecords',
  type: 'array',
  access: { read: personalDataField },
  label: { es: 'Autorizaciones de uso de imagen (por canal y finalidad)', en: 'Image-use consents (per channel and purpose)' },
  labels: { singular: { es: 'Autorización', en: 'Consent' }, plural: { es: 'Autorizaciones', en: 'Consents' } },
  admin: {
    description: {
      es: 'Una por persona identificable (Ley 1581 de 2012). El contenido que use el activo en un canal o con una finalidad no cubiertos no se aprueba.',
      en: 'One per identifiable person (Ley 1581/2012). A content using the asset on a channel or for a purpose not covered is not approved.',
    },
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'person', type: 'text', required: true, label: { es: 'Persona', en: 'Person' } },
        { name: 'minor', type: 'checkbox', defaultValue: false, label: { es: 'Menor de edad', en: 'Minor' } },
        {
          name: 'guardian',
          type: 'text',
          label: { es: 'Representante legal que autoriza', en: 'Authorising guardian' },
          admin: { condition: (_, sibling) => Boolean(sibling?.minor) },
        },
      ],
    },
    { name: 'channels', type: 'select', hasMany: true, required: true, options: CHANNELS, label: { es: 'Canales autorizados', en: 'Channels covered' } },
    {
      name: 'purposes',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...CONSENT_PURPOSES],
      label: { es: 'Finalidades autorizadas', en: 'Purposes covered' },
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', required: true, label: { es: 'Vigente desde', en: 'Valid from' } },
        { name: 'validUntil', type: 'date', label: { es: 'Vigente hasta', en: 'Valid until' }, admin: { description: { es: 'Vacío: sin vencimiento.', en: 'Empty: no expiry.' } } },
        { name: 'revokedAt', type: 'date', label: { es: 'Revocada el', en: 'Revoked at' } },
      ],
    },
    { name: 'document', type: 'upload', relationTo: SLUGS.archiveAssets, label: { es: 'Documento firmado', en: 'Signed document' } },
  ],
}

/**
 * What the consent records allow for public web use (src/features/archive/consentInForce.ts), derived on
 * every save by `stampIngest`: the public read rule compares it with the time of each query.
 */
export const publicUseField: Field = {
  name: 'publicUse',
  type: 'group',
  label: { es: 'Uso público según las autorizaciones', en: 'Public use under the consents' },
  access: { read: personalDataField, create: nobodyField, update: nobodyField },
  admin: {
    readOnly: true,
    description: {
      es: 'Se calcula de las autorizaciones: el activo es público solo mientras todas cubren el sitio web y están vigentes.',
      en: 'Derived from the consents: the asset is public only while every one covers the website and is in force.',
    },
  },
  fields: [
    { name: 'covered', type: 'checkbox', index: true, label: { es: 'Todas cubren el sitio web (institucional)', en: 'All cover the website (institutional)' } },
    { name: 'from', type: 'date', index: true, label: { es: 'Vigentes desde', en: 'In force from' } },
    { name: 'until', type: 'date', index: true, label: { es: 'Vigentes hasta (primer vencimiento o revocación)', en: 'In force until (first expiry or revocation)' } },
  ],
}

/**
 * Captions of a video live on the video asset (the truth the accessibility check and the
 * "captioned video share" indicator read): a caption file (WebVTT/SRT asset of the archive) or
 * captions burned into the picture. `hasCaptions` is derived on every save.
 */
export const captionFields: Field[] = [
  {
    type: 'row',
    admin: { condition: (data) => data?.kind === 'video' },
    fields: [
      {
        name: 'captionFile',
        type: 'upload',
        relationTo: SLUGS.archiveAssets,
        label: { es: 'Archivo de subtítulos (WebVTT/SRT)', en: 'Caption file (WebVTT/SRT)' },
      },
      { name: 'burnedInCaptions', type: 'checkbox', defaultValue: false, label: { es: 'Subtítulos incrustados en la imagen', en: 'Burned-in captions' } },
    ],
  },
  {
    name: 'hasCaptions',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { create: nobodyField, update: nobodyField },
    label: { es: 'Tiene subtítulos', en: 'Has captions' },
    admin: { readOnly: true, position: 'sidebar', condition: (data) => data?.kind === 'video' },
  },
]

/**
 * Legal hold (retención por proceso judicial, disciplinario o fiscal): an asset on hold cannot be
 * disposed of by a disposal act whatever its retention. Head and admin set it.
 */
export const legalHoldFields: Field[] = [
  {
    name: 'legalHold',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    access: { read: staffOnlyField, update: allowRolesForField('admin', 'head'), create: allowRolesForField('admin', 'head') },
    label: { es: 'Retención legal (no eliminar)', en: 'Legal hold (do not dispose)' },
    admin: { position: 'sidebar' },
  },
  {
    name: 'legalHoldReason',
    type: 'text',
    access: { read: staffOnlyField, update: allowRolesForField('admin', 'head'), create: allowRolesForField('admin', 'head') },
    label: { es: 'Motivo de la retención legal', en: 'Legal hold reason' },
    admin: { position: 'sidebar', condition: (data) => Boolean(data?.legalHold) },
  },
  {
    name: 'disposal',
    type: 'relationship',
    relationTo: SLUGS.archiveDisposals,
    access: { read: staffOnlyField, create: nobodyField, update: nobodyField },
    label: { es: 'Acta de eliminación', en: 'Disposal act' },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.disposal) },
  },
]
