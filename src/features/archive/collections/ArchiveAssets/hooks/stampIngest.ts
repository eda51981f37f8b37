import type { CollectionBeforeChangeHook } from 'payload'

import type { ResolvedOptions } from '../../../../../types.js'

import { hasRole } from '../../../../../kernel/access/index.js'
import { derivePublicUse } from '../../../consentInForce.js'
import { invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { NEW_FILE_FLAG } from './applyFocalPoint.js'
import { INGEST_CONTEXT_KEY } from './ingestFile.js'
import { validateAssetData } from './validateAssetData.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

const CREDIT_PREFIX: Record<string, string> = {
  photo: 'Foto',
  video: 'Video',
  audio: 'Audio',
  'design-file': 'Diseño',
  document: 'Documento',
  'informative-product': 'Producción',
}

const CC_LABELS: Record<string, string> = {
  'cc-by': 'CC BY 4.0',
  'cc-by-sa': 'CC BY-SA 4.0',
  'cc-by-nd': 'CC BY-ND 4.0',
  'cc-by-nc': 'CC BY-NC 4.0',
  'cc-by-nc-sa': 'CC BY-NC-SA 4.0',
  'cc-by-nc-nd': 'CC BY-NC-ND 4.0',
  cc0: 'CC0 1.0',
}

type Data = Record<string, any>

/** "Foto: Nombre Apellido / Alcaldía de Pasto" (Ley 23/1982 Art. 30, moral right of paternity). */
export const creditLine = (data: Data, institutionName: string): string | undefined => {
  const author = typeof data.author === 'string' ? data.author.trim() : ''
  if (!author) return undefined
  const prefix = CREDIT_PREFIX[data.kind as string] ?? 'Autor'
  const license = (data.license ?? {}) as Data
  const entity =
    data.authorRelation === 'third-party' || data.authorRelation === 'citizen'
      ? (license.licensor as string | undefined)?.trim() || undefined
      : institutionName
  const cc = license.type === 'cc' ? CC_LABELS[license.ccLicense as string] : undefined
  return `${prefix}: ${author}${entity ? ` / ${entity}` : ''}${cc ? ` (${cc})` : ''}`
}


const addYears = (iso: string, years: number): string => {
  const date = new Date(iso)
  date.setUTCFullYear(date.getUTCFullYear() + years)
  return date.toISOString()
}

/**
 * beforeChange of `archive-assets`: writes what only the system may write (checksum, size,
 * EXIF, uploader, kept originals) from the inspection of `ingestFile`, generates the credit line,
 * fills retention from the series, and validates retirement and authorship rules.
 * Runs after field access, so users cannot forge any of these values.
 */
export const stampIngest =
  (options: ResolvedOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req }) => {
    const ingest = req.context[INGEST_CONTEXT_KEY]
    const merged: Data = { ...(originalDoc ?? {}), ...data }

    if (ingest) {
      const { inspection } = ingest
      Object.assign(data, ingest.fileData)
      data.sha256 = inspection.sha256
      data.ingestedAt = new Date().toISOString()
      data.publicOriginal = !inspection.isRaster
      data.exif = {
        capturedAt: inspection.exif.capturedAt ?? null,
        camera: inspection.exif.camera ?? null,
        hasLocation: inspection.exif.hasLocation,
      }
      data.media = {
        durationSeconds: inspection.media.durationSeconds ?? null,
        sampleRate: inspection.media.sampleRate ?? null,
        channels: inspection.media.channels ?? null,
        bitsPerSample: inspection.media.bitsPerSample ?? null,
      }
      const captured = inspection.exif.capturedAt ?? inspection.media.createdAt
      if (!merged.capturedAt && captured) data.capturedAt = captured
      for (const axis of ['focalX', 'focalY'] as const) {
        if (data[axis] === undefined || data[axis] === null) data[axis] = ingest.focal[axis] ?? (operation === 'create' ? 50 : originalDoc?.[axis] ?? 50)
      }
      if (ingest.kept) data.previousFiles = [...((originalDoc?.previousFiles as unknown[]) ?? []), ingest.kept]
      // Consumed: a nested save in the same request must not reuse it.
      delete req.context[INGEST_CONTEXT_KEY]
      req.context[NEW_FILE_FLAG] = true
    }
    if (operation === 'create') {
      data.uploadedBy = req.user?.id ?? null
      data.status = 'active'
    }

    validateAssetData(merged, data, req)

    // Captions live on the video asset: a caption file (WebVTT/SRT in the archive) or burned in.
    const captionRef = merged.captionFile
    const captionId = captionRef && typeof captionRef === 'object' ? captionRef.id : captionRef
    if (captionId !== undefined && captionId !== null && captionId !== '' && 'captionFile' in data) {
      const captions = (await req.payload.findByID({
        collection: SLUGS.archiveAssets,
        id: captionId,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as unknown as Data | null
      if (!captions || !['text/vtt', 'application/x-subrip'].includes(captions.mimeType)) {
        throw invalidField(
          'archive-assets',
          'captionFile',
          tr(req, 'archiveCaptionFileKind'),
          req,
        )
      }
    }
    data.hasCaptions = Boolean(captionId) || merged.burnedInCaptions === true
    data.creditLine = creditLine(merged, options.institutionName) ?? null
    // A minor named in the people list or in a consent record (the guardian's consent) counts.
    data.minorsPresent =
      Boolean(merged.minorsPresent) ||
      (Array.isArray(merged.people) && merged.people.some((p: Data) => p?.minor)) ||
      (Array.isArray(merged.consentRecords) && merged.consentRecords.some((r: Data) => r?.minor))
    // Every person's consent in force for public web use: derived here, compared with the time
    // of each query by the public read rule (src/kernel/access/archiveAssets.ts).
    data.publicUse = derivePublicUse(merged.consentRecords)

    // Retirement: with a reason, by head or admin; the files stay.
    const wasRetired = originalDoc?.status === 'retired'
    if (merged.status === 'retired' && !wasRetired) {
      if (!String(merged.retiredReason ?? '').trim()) {
        throw invalidField('archive-assets', 'retiredReason', tr(req, 'archiveRetiredReasonRequired'), req)
      }
      data.retiredAt = new Date().toISOString()
      data.retiredBy = req.user?.id ?? null
    }
    if (merged.status === 'active' && wasRetired) {
      data.retiredAt = null
      data.retiredBy = null
    }
    if (operation === 'update' && data.status && data.status !== originalDoc?.status && req.user && !hasRole(req.user, 'head', 'admin')) {
      throw invalidField('archive-assets', 'status', tr(req, 'archiveRetireRole'), req)
    }

    // Retention: from the series (gestión + central years), the asset may shorten or extend it.
    const retention = { ...((merged.retention ?? {}) as Data) }
    const seriesRef = retention.series
    if (seriesRef !== undefined && seriesRef !== null && seriesRef !== '') {
      const seriesId = typeof seriesRef === 'object' ? seriesRef.id : seriesRef
      const series = (await req.payload.findByID({
        collection: SLUGS.retentionSeries,
        id: seriesId,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })) as unknown as Data | null
      if (!series) {
        throw invalidField('archive-assets', 'retention.series', tr(req, 'archiveSeriesNotFound'), req)
      }
      const fromSeries = Number(series.officeYears ?? 0) + Number(series.centralYears ?? 0)
      if (retention.years === undefined || retention.years === null || retention.years === '') retention.years = fromSeries
      retention.disposition = series.disposition ?? retention.disposition ?? null
    }
    if (typeof retention.years === 'number') {
      const start = (merged.capturedAt as string | undefined) ?? (merged.createdAt as string | undefined) ?? new Date().toISOString()
      retention.dueAt = addYears(start, retention.years)
    }
    data.retention = retention
    return data
  }
