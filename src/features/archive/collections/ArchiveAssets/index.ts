import type { Access, CollectionConfig } from 'payload'

import type { ResolvedOptions } from '../../../../types.js'

import { alertConsentEnded } from './hooks/alertConsentEnded.js'
import { applyFocalPoint } from './hooks/applyFocalPoint.js'
import { ingestFile } from './hooks/ingestFile.js'
import { refuseDeletion } from './hooks/refuseDeletion.js'
import { removeTempFile } from './hooks/removeTempFile.js'
import { stampIngest } from './hooks/stampIngest.js'
import { writeFiles } from './hooks/writeFiles.js'
import { allowRoles, allowRolesForField, decidedOnce, hasRole, nobody, nobodyField, personalDataField, readArchiveAssets, staffOnlyField } from '../../../../kernel/access/index.js'
import { DISPOSITIONS } from '../../dispositions.js'
import { archivePaths } from '../../paths.js'
import { fileStorage, STORAGE_CUSTOM_KEY, storageKey } from '../../../../kernel/storage/index.js'
import { storedFileHandler } from '../../../../kernel/storage/serve.js'
import { removeStoredFiles } from '../../../../kernel/storage/uploadHooks.js'
import { GROUPS } from '../../../../defaults.js'
import { captionFields, consentRecordsField, legalHoldFields, publicUseField } from './usageFields.js'
import { clientComponent } from '../../../../kernel/admin/componentPaths.js'
import { SLUGS } from '../../../../kernel/slugs.js'
// Ley 1712 classification and Ley 982 sign language (issue 18): the compliance feature's fields.
import { classificationFields, signLanguageField } from '../../../compliance/classification.js'
// Acuerdo AGN 003/2015 (issue 18): the expedientes holding an asset keep their electronic index current.
import { refreshExpedientesOf } from '../../../compliance/collections/Expedientes/hooks/refreshExpedientes.js'

export const ARCHIVE_KINDS = [
  { value: 'photo', label: { es: 'Fotografía', en: 'Photo' } },
  { value: 'video', label: { es: 'Video', en: 'Video' } },
  { value: 'audio', label: { es: 'Audio', en: 'Audio' } },
  { value: 'design-file', label: { es: 'Archivo de diseño', en: 'Design file' } },
  { value: 'document', label: { es: 'Documento', en: 'Document' } },
  { value: 'informative-product', label: { es: 'Producto informativo', en: 'Informative product' } },
]

export const CONSENT_OPTIONS = [
  { value: 'none-identifiable', label: { es: 'Sin personas identificables', en: 'No identifiable people' } },
  { value: 'consent-on-file', label: { es: 'Autorización archivada', en: 'Consent on file' } },
  { value: 'minors-guardian-consent', label: { es: 'Menores con autorización del representante', en: "Minors, guardian's consent" } },
  { value: 'pending', label: { es: 'Autorización pendiente', en: 'Consent pending' } },
]

/** Designers and producers edit what they uploaded; head and admin edit everything. */
const updateArchiveAssets: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'head')) return true
  if (hasRole(req.user, 'designer', 'producer')) return { uploadedBy: { equals: req.user!.id } }
  return false
}

const systemOnly = { create: nobodyField, update: nobodyField }
const systemOnlyStaffRead = { ...systemOnly, read: staffOnlyField }

/**
 * The audiovisual archive ("archivo audiovisual"): photos, video, audio, design files and
 * documents, with their checksum, consent, licence and retention. Never deleted: retired with a
 * reason. See src/features/archive/collections/ArchiveAssets/hooks/ for ingest, duplicates and the deletion guard, and
 * src/kernel/access/archiveAssets.ts for who sees what (including file URLs).
 */
export const createArchiveAssetsCollection = (options: ResolvedOptions): CollectionConfig => ({
  slug: SLUGS.archiveAssets,
  labels: { singular: { es: 'Activo de archivo', en: 'Archive asset' }, plural: { es: 'Archivo audiovisual', en: 'Audiovisual archive' } },
  admin: {
    group: GROUPS.archive,
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'accessLevel', 'consent', 'status', 'capturedAt'],
    description: {
      es: 'Los activos no se eliminan: se retiran con un motivo. Cada archivo guarda su huella SHA-256.',
      en: 'Assets are never deleted: they are retired with a reason. Every file keeps its SHA-256 fingerprint.',
    },
  },
  disableDuplicate: true,
  // Server-only: the storage, for code without the options (src/kernel/storage/index.ts storageOf).
  custom: { [STORAGE_CUSTOM_KEY]: fileStorage(options) },
  upload: {
    staticDir: archivePaths(options).archive,
    mimeTypes: options.archive.mimeTypes,
    adminThumbnail: 'thumbnail',
    // The archive stores its files itself (src/features/archive/collections/ArchiveAssets/hooks/ingestFile.ts → writeFiles.ts): the
    // renditions come from ONE decode of the original, cropped around the focal point (focalX/focalY,
    // 0–100). Payload's own path decodes the original once per size, and twice at full resolution
    // for focal crops. `imageSizes` stays declared: it gives the `sizes` fields, their URLs, the
    // admin thumbnail and the access check of rendition URLs. A file is required on create (checked
    // by ingestFile, since Payload no longer sees it).
    focalPoint: false,
    // Its files live in the plugin's storage (src/kernel/storage/: the media folder or an S3
    // bucket), written by writeFiles and served by the handler below after Payload's access check.
    disableLocalStorage: true,
    handlers: [storedFileHandler(options, 'archive', SLUGS.archiveAssets, options.archive.renditions.map(({ name }) => name))],
    filesRequiredOnCreate: false,
    crop: false,
    // withMetadata stays off: renditions carry no EXIF (no GPS, no camera serials).
    imageSizes: options.archive.renditions.map(({ name, width, height }) =>
      height > 0
        ? { name, width, height, position: 'centre' as const, withoutEnlargement: false }
        : { name, width, fit: 'inside' as const, withoutEnlargement: false },
    ),
  },
  access: {
    read: readArchiveAssets,
    // Taken once per write: ingestFile decides before reading the file, Payload reuses it.
    create: decidedOnce('create', allowRoles('admin', 'head', 'designer', 'producer')),
    update: decidedOnce('update', updateArchiveAssets),
    delete: nobody,
  },
  hooks: {
    beforeOperation: [ingestFile(options)],
    beforeChange: [stampIngest(options)],
    afterChange: [writeFiles(options), applyFocalPoint(options), alertConsentEnded, refreshExpedientesOf(SLUGS.archiveAssets)],
    beforeDelete: [refuseDeletion],
    // Only a disposal gets here (refuseDeletion): the files and kept originals go with the row.
    afterDelete: [
      removeStoredFiles(options, 'archive', (doc) =>
        ((doc.previousFiles ?? []) as Array<{ filename?: string | null }>).flatMap((kept) => (kept.filename ? [storageKey('originals', kept.filename)] : [])),
      ),
    ],
    afterError: [removeTempFile],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { es: 'Título', en: 'Title' } },
    { name: 'kind', type: 'select', required: true, index: true, options: ARCHIVE_KINDS, label: { es: 'Tipo', en: 'Kind' } },
    { name: 'description', type: 'textarea', label: { es: 'Descripción', en: 'Description' } },
    {
      name: 'alt',
      type: 'text',
      label: { es: 'Texto alternativo', en: 'Alternative text' },
      admin: { description: { es: 'Descripción breve de la imagen para lectores de pantalla.', en: 'Short description for screen readers.' } },
    },
    {
      name: 'focalPointPicker',
      type: 'ui',
      label: { es: 'Punto focal', en: 'Focal point' },
      admin: {
        components: { Field: clientComponent('FocalPointField') },
        condition: (data) => Boolean(data?.filename),
      },
    },
    { name: 'capturedAt', type: 'date', index: true, label: { es: 'Fecha de captura', en: 'Captured at' } },
    {
      type: 'row',
      fields: [
        { name: 'author', type: 'text', label: { es: 'Autor', en: 'Author' } },
        {
          name: 'authorRelation',
          type: 'select',
          label: { es: 'Vínculo del autor', en: "Author's relation" },
          options: [
            { value: 'staff', label: { es: 'Planta', en: 'Staff' } },
            { value: 'contractor', label: { es: 'Contratista', en: 'Contractor' } },
            { value: 'third-party', label: { es: 'Tercero', en: 'Third party' } },
            { value: 'citizen', label: { es: 'Ciudadano', en: 'Citizen' } },
          ],
        },
        {
          name: 'contractNumber',
          type: 'text',
          label: { es: 'Contrato No.', en: 'Contract no.' },
          admin: { condition: (_, sibling) => sibling?.authorRelation === 'contractor' },
        },
      ],
    },
    {
      name: 'creditLine',
      type: 'text',
      label: { es: 'Crédito', en: 'Credit line' },
      access: systemOnly,
      admin: { readOnly: true, description: { es: 'Se genera del autor y la entidad.', en: 'Generated from author and entity.' } },
    },
    {
      name: 'license',
      type: 'group',
      label: { es: 'Licencia', en: 'Licence' },
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          defaultValue: 'institutional',
          label: { es: 'Tipo', en: 'Type' },
          options: [
            { value: 'institutional', label: { es: 'Institucional (por contrato o planta)', en: 'Institutional (contract or staff)' } },
            { value: 'cc', label: { es: 'Licencia Creative Commons', en: 'Creative Commons licence' } },
            { value: 'third-party', label: { es: 'Permiso de tercero (con vencimiento)', en: 'Third-party permission (expires)' } },
            { value: 'restricted', label: { es: 'Restringida (no publicable)', en: 'Restricted (not publishable)' } },
          ],
        },
        {
          name: 'ccLicense',
          type: 'select',
          label: { es: 'Licencia CC', en: 'CC licence' },
          options: ['cc-by', 'cc-by-sa', 'cc-by-nd', 'cc-by-nc', 'cc-by-nc-sa', 'cc-by-nc-nd', 'cc0'].map((value) => ({
            value,
            label: { es: value.toUpperCase(), en: value.toUpperCase() },
          })),
          admin: { condition: (_, sibling) => sibling?.type === 'cc' },
        },
        { name: 'licensor', type: 'text', label: { es: 'Titular / licenciante', en: 'Licensor' } },
        { name: 'expiresAt', type: 'date', index: true, label: { es: 'Vence', en: 'Expires at' } },
        { name: 'scope', type: 'textarea', label: { es: 'Ámbito y canales de uso', en: 'Scope and channels of use' } },
        { name: 'document', type: 'upload', relationTo: SLUGS.archiveAssets, access: { read: staffOnlyField }, label: { es: 'Documento de licencia', en: 'Licence document' } },
      ],
    },
    { name: 'event', type: 'text', label: { es: 'Evento', en: 'Event' } },
    { name: 'department', type: 'relationship', relationTo: SLUGS.departments, index: true, label: { es: 'Dependencia', en: 'Department' } },
    { name: 'tags', type: 'text', hasMany: true, label: { es: 'Etiquetas', en: 'Tags' } },
    {
      name: 'people',
      labels: { singular: { es: 'Persona', en: 'Person' }, plural: { es: 'Personas', en: 'People' } },
      type: 'array',
      // Personal data (Ley 1581/2012): only the roles that handle it.
      access: { read: personalDataField },
      label: { es: 'Personas', en: 'People' },
      fields: [
        { name: 'name', type: 'text', label: { es: 'Nombre', en: 'Name' } },
        { name: 'minor', type: 'checkbox', defaultValue: false, label: { es: 'Menor de edad', en: 'Minor' } },
      ],
    },
    {
      name: 'minorsPresent',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { read: personalDataField },
      label: { es: 'Aparecen menores de edad', en: 'Minors appear' },
    },
    {
      name: 'consent',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      // Its values tell whether minors appear: personal data too.
      access: { read: personalDataField },
      options: CONSENT_OPTIONS,
      label: { es: 'Autorización de imagen', en: 'Consent' },
    },
    { name: 'consentDocument', type: 'upload', relationTo: SLUGS.archiveAssets, access: { read: personalDataField }, label: { es: 'Documento de autorización', en: 'Consent document' } },
    consentRecordsField,
    publicUseField,
    ...captionFields,
    signLanguageField,
    ...classificationFields,
    {
      name: 'accessLevel',
      type: 'select',
      required: true,
      defaultValue: 'internal',
      index: true,
      label: { es: 'Nivel de acceso', en: 'Access level' },
      options: [
        { value: 'public', label: { es: 'Público', en: 'Public' } },
        { value: 'internal', label: { es: 'Interno', en: 'Internal' } },
        { value: 'restricted', label: { es: 'Restringido', en: 'Restricted' } },
      ],
      admin: { position: 'sidebar' },
    },
    {
      name: 'retention',
      type: 'group',
      access: { read: staffOnlyField },
      label: { es: 'Retención documental', en: 'Retention' },
      fields: [
        { name: 'series', type: 'relationship', relationTo: SLUGS.retentionSeries, label: { es: 'Serie (TRD)', en: 'Records series' } },
        { name: 'years', type: 'number', min: 0, label: { es: 'Años de retención', en: 'Retention years' } },
        {
          name: 'disposition',
          type: 'select',
          label: { es: 'Disposición final', en: 'Final disposition' },
          options: DISPOSITIONS,
          access: systemOnly,
          admin: { readOnly: true },
        },
        { name: 'dueAt', type: 'date', index: true, label: { es: 'Vence la retención', en: 'Retention due' }, access: systemOnly, admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'active',
      index: true,
      label: { es: 'Estado', en: 'Status' },
      options: [
        { value: 'active', label: { es: 'Activo', en: 'Active' } },
        { value: 'retired', label: { es: 'Retirado', en: 'Retired' } },
      ],
      access: { update: allowRolesForField('admin', 'head') },
      admin: { position: 'sidebar' },
    },
    {
      name: 'retiredReason',
      type: 'textarea',
      label: { es: 'Motivo de retiro', en: 'Retirement reason' },
      access: { update: allowRolesForField('admin', 'head') },
      admin: { position: 'sidebar', condition: (data) => data?.status === 'retired' },
    },
    ...legalHoldFields,
    { name: 'retiredAt', type: 'date', access: systemOnly, label: { es: 'Retirado el', en: 'Retired at' }, admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'retired' } },
    { name: 'retiredBy', type: 'relationship', relationTo: SLUGS.users, access: systemOnly, label: { es: 'Retirado por', en: 'Retired by' }, admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'retired' } },
    // ─── written only by the system ───
    { name: 'sha256', type: 'text', index: true, access: systemOnly, label: { es: 'SHA-256', en: 'SHA-256' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'ingestedAt', type: 'date', access: systemOnly, label: { es: 'Ingresado el', en: 'Ingested at' }, admin: { position: 'sidebar', readOnly: true } },
    { name: 'uploadedBy', type: 'relationship', relationTo: SLUGS.users, index: true, access: systemOnlyStaffRead, label: { es: 'Subido por', en: 'Uploaded by' }, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'publicOriginal',
      label: { es: 'Original público', en: 'Public original' },
      type: 'checkbox',
      defaultValue: false,
      access: systemOnly,
      admin: { hidden: true },
    },
    {
      name: 'exif',
      type: 'group',
      label: { es: 'Metadatos de captura (EXIF)', en: 'Capture metadata (EXIF)' },
      access: systemOnlyStaffRead,
      admin: { readOnly: true },
      fields: [
        { name: 'capturedAt', type: 'date', label: { es: 'Fecha EXIF', en: 'EXIF date' } },
        { name: 'camera', type: 'text', label: { es: 'Cámara', en: 'Camera' } },
        {
          name: 'hasLocation',
          type: 'checkbox',
          label: { es: 'El original trae ubicación GPS', en: 'Original carries GPS location' },
          admin: { description: { es: 'Nunca se copia a las versiones públicas.', en: 'Never copied to public renditions.' } },
        },
      ],
    },
    {
      name: 'media',
      type: 'group',
      label: { es: 'Datos técnicos de audio y video', en: 'Audio and video technical data' },
      access: systemOnlyStaffRead,
      admin: { readOnly: true, condition: (data) => data?.kind === 'audio' || data?.kind === 'video' },
      fields: [
        { name: 'durationSeconds', type: 'number', label: { es: 'Duración (s)', en: 'Duration (s)' } },
        { name: 'sampleRate', type: 'number', label: { es: 'Frecuencia de muestreo (Hz)', en: 'Sample rate (Hz)' } },
        { name: 'channels', type: 'number', label: { es: 'Canales de audio', en: 'Audio channels' } },
        { name: 'bitsPerSample', type: 'number', label: { es: 'Bits por muestra', en: 'Bits per sample' } },
      ],
    },
    {
      name: 'fixity',
      type: 'group',
      label: { es: 'Verificación de integridad', en: 'Fixity' },
      access: systemOnlyStaffRead,
      admin: { readOnly: true },
      fields: [
        { name: 'since', type: 'date', label: { es: 'Resultado desde', en: 'Result since' } },
        {
          name: 'status',
          type: 'select',
          label: { es: 'Resultado', en: 'Result' },
          options: [
            { value: 'ok', label: { es: 'Íntegro', en: 'Intact' } },
            { value: 'missing', label: { es: 'Falta el archivo', en: 'File missing' } },
            { value: 'altered', label: { es: 'Archivo alterado', en: 'File altered' } },
          ],
        },
      ],
    },
    {
      name: 'previousFiles',
      labels: { singular: { es: 'Archivo anterior', en: 'Previous file' }, plural: { es: 'Archivos anteriores', en: 'Previous files' } },
      type: 'array',
      label: { es: 'Originales reemplazados (conservados)', en: 'Replaced originals (kept)' },
      access: systemOnlyStaffRead,
      admin: { readOnly: true },
      fields: [
        { name: 'filename', type: 'text', label: { es: 'Guardado como', en: 'Stored as' } },
        { name: 'originalFilename', type: 'text', label: { es: 'Nombre original', en: 'Original name' } },
        { name: 'sha256', type: 'text', index: true, label: { es: 'SHA-256', en: 'SHA-256' } },
        { name: 'filesize', type: 'number', label: { es: 'Tamaño', en: 'Size' } },
        { name: 'mimeType', type: 'text', label: { es: 'Tipo', en: 'Type' } },
        { name: 'replacedAt', type: 'date', label: { es: 'Reemplazado el', en: 'Replaced at' } },
        { name: 'replacedBy', type: 'relationship', relationTo: SLUGS.users, label: { es: 'Reemplazado por', en: 'Replaced by' } },
      ],
    },
  ],
})

