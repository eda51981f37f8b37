import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { Forbidden } from 'payload'

import fs from 'node:fs/promises'

import type { Inspection } from '../../../inspectFile.js'
import type { RenderedSize } from '../../../renditions.js'
import type { ResolvedOptions } from '../../../../../types.js'

import { inspectFile } from '../../../inspectFile.js'
import { fileStorage, storageKey, trackStoredObjects } from '../../../../../kernel/storage/index.js'
import { renderRenditions, renditionFilename, safeFilename } from '../../../renditions.js'
import { rememberAccessDecision } from '../../../../../kernel/access/index.js'
import { conflict, invalidField } from '../../../../../kernel/errors.js'
import { tr } from '../../../../../kernel/i18n/index.js'
import { withLabel } from '../../../../../kernel/i18n/fieldLabel.js'
import { spooledFiles, whenSpooled } from '../../../../../kernel/uploads/spooledFiles.js'
import { validateAssetData } from './validateAssetData.js'
import { SLUGS } from '../../../../../kernel/slugs.js'

/** What `ingestFile` hands to `stampIngest` through `req.context` (same request). */
export type IngestContext = {
  inspection: Inspection
  /** The focal point sent with the file (Payload's file processing drops it when its own focal point is off). */
  focal: { focalX?: unknown; focalY?: unknown }
  /** Set when an update replaces the file: the previous original, copied aside before Payload removes it. */
  kept?: {
    filename: string
    originalFilename: string
    sha256?: string
    filesize?: number
    mimeType?: string
    replacedAt: string
    replacedBy?: number | string
  }
  /** What the row stores about the new file (filename, type, size, dimensions, renditions). */
  fileData: Record<string, unknown>
}

/**
 * The files of an ingest, written by `writeFiles` (afterChange) once the row is saved: the
 * original (from Payload's temp file or the bytes in memory) and the renditions made in memory.
 */
export type PendingFiles = {
  filename: string
  source: { tempFilePath?: string; data?: Buffer }
  sizes: Array<RenderedSize & { filename: string }>
  /** The previous version's files in the served folder (its original was copied aside first). */
  replaced: string[]
}

export const PENDING_FILES_KEY = 'pregoneroArchivePendingFiles'

/** Raster types the archive makes renditions of (those sharp decodes everywhere; not HEIC). */
const RENDERABLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif', 'image/avif'])

/**
 * Whether the caller may make this create/update, asked before the (costly) ingest: when not,
 * the file is left to Payload, which refuses the request (403) and removes its temp file. The
 * access result is recorded for this operation (`rememberAccessDecision`): the collection's
 * access (`decidedOnce`) hands it to Payload's own check instead of evaluating it a second time.
 */
const mayWrite = async (args: Record<string, any>, operation: 'create' | 'update', req: PayloadRequest): Promise<boolean> => {
  // Only an explicit override skips access: REST, GraphQL and the admin call Payload's operations
  // with `overrideAccess` undefined, and Payload enforces access on anything but `true`.
  if (args.overrideAccess === true) return true
  const access = args.collection?.config?.access?.[operation]
  if (typeof access !== 'function') return true
  const result = await access({ req, id: args.id, data: args.data })
  rememberAccessDecision(req, { operation, id: args.id, data: args.data, result })
  if (result === true) return true
  if (!result) return false
  // Create, or a bulk update (refused below with a 400 once access allows it): a constraint is
  // Payload's to apply.
  if (operation === 'create' || args.id === undefined || args.id === null) return true
  // A query constraint (e.g. "own uploads"): does this asset meet it? Payload applies the same
  // constraint to its own read of the asset.
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.archiveAssets,
    where: { and: [{ id: { equals: args.id } }, result] },
    req,
    overrideAccess: true,
  })
  return totalDocs > 0
}

const KIND_VALUES = new Set(['photo', 'video', 'audio', 'design-file', 'document', 'informative-product'])

const focalValue = (value: unknown, fallback: number): number => (typeof value === 'number' && value >= 0 && value <= 100 ? value : fallback)

export const INGEST_CONTEXT_KEY = 'pregoneroArchiveIngest'

type AssetLike = {
  id: number | string
  title?: string
  filename?: string
  sha256?: string
  filesize?: number
  mimeType?: string
  focalX?: number
  focalY?: number
  sizes?: Record<string, { filename?: string | null } | null>
}

/**
 * beforeOperation of `archive-assets` (create / update with a file). Runs before anything is
 * written: inspects the file (type sniffing, size, pixel limit, integrity, SHA-256, EXIF), refuses
 * duplicates by checksum naming the existing asset, makes the renditions in memory from one decode
 * (cropped around the focal point), chooses a unique file name and — when an update replaces the
 * file — copies the current original to `archive-originals/` (outside the served directory) so it
 * is kept. The file is then taken from Payload (`req.file`): `stampIngest` records it on the row
 * and `writeFiles` writes it once the row is saved. A refusal throws before any file is written
 * or any row is created.
 */
export const ingestFile =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    // A multipart upload is spooled to a temp file whose write may still be under way (see
    // whenSpooled): wait for it, so that the ingest reads the whole file and every refusal below
    // (Payload's 403 included) removes a file that stays removed. Files sent under other field
    // names are never used by the archive: removed now.
    await Promise.all(
      spooledFiles({ files: req.files })
        .filter((other) => other.tempFilePath !== (file as { tempFilePath?: string } | undefined)?.tempFilePath)
        .map(async (other) => {
          await whenSpooled(other, 5_000)
          await fs.rm(other.tempFilePath, { force: true })
        }),
    )
    if (file?.tempFilePath) await whenSpooled({ tempFilePath: file.tempFilePath, size: file.size })
    if (!file) {
      // `upload.filesRequiredOnCreate` is off because the archive stores files itself: checked here,
      // after access (a caller who may not create gets Payload's 403, not a 400 about the file).
      if (operation === 'create' && (await mayWrite(args as Record<string, any>, operation, req))) {
        throw invalidField('archive-assets', 'file', tr(req, 'archiveFileRequired'), req)
      }
      return args
    }
    const id = (args as { id?: number | string }).id
    // Access first: a caller who may not write gets Payload's own 403 and nothing is read, copied
    // or written (the temp file is removed by Payload).
    if (!(await mayWrite(args as Record<string, any>, operation, req))) return args
    if (operation === 'update' && (id === undefined || id === null)) {
      throw invalidField(
        'archive-assets',
        'file',
        tr(req, 'archiveFileNotInBulk'),
        req,
      )
    }

    // Metadata first (cheap): a refusal costs no decoding.
    const incoming = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
    const storage = fileStorage(options)
    let current: AssetLike | undefined
    if (operation === 'update') {
      current = (await req.payload.findByID({
        collection: SLUGS.archiveAssets,
        id: id!,
        depth: 0,
        req,
        overrideAccess: true,
      })) as unknown as AssetLike
      validateAssetData({ ...(current as object), ...incoming }, incoming, req)
    } else {
      // Checked before any work: the files are written only once the row is saved, but Payload's
      // temp file of a refused upload is best not left behind.
      for (const name of ['title', 'kind'] as const) {
        if (!String(incoming[name] ?? '').trim()) {
          throw invalidField('archive-assets', name, tr(req, name === 'title' ? 'archiveTitleRequired' : 'archiveKindRequired'), req)
        }
      }
      if (!KIND_VALUES.has(String(incoming.kind))) {
        throw invalidField('archive-assets', 'kind', tr(req, 'archiveKindUnknown', { kind: String(incoming.kind) }), req)
      }
      validateAssetData(incoming, incoming, req)
    }
    const focal = {
      x: focalValue(incoming.focalX, focalValue(current?.focalX, 50)),
      y: focalValue(incoming.focalY, focalValue(current?.focalY, 50)),
    }

    // Renditions: one decode of the original, every size from it (src/features/archive/renditions.ts). When
    // the declared type is an image, the decode starts now, overlapped with the inspection (type
    // sniffing, streamed SHA-256, EXIF) and the duplicate query; it is used only if the inspection
    // passes and confirms the type. sharp's own pixel limit stops a bomb at its header meanwhile.
    const source = file.tempFilePath ? { tempFilePath: file.tempFilePath } : { data: file.data as Buffer }
    const render = (mimeType: string) =>
      renderRenditions({ input: source.tempFilePath ?? source.data!, mimeType, specs: options.archive.renditions, focal, maxPixels: options.archive.maxPixels }).then(
        (sizes) => ({ sizes }),
        (error: unknown) => ({ error }),
      )
    const declared = String(file.mimetype ?? '').split(';')[0]!.trim().toLowerCase()
    const early = RENDERABLE.has(declared) ? render(declared) : undefined

    const inspection = await inspectFile(file, options, req)
    await refuseDuplicate(req, inspection.sha256, options, id, (args as { overrideAccess?: boolean }).overrideAccess === true)

    let rendered: RenderedSize[] = []
    if (RENDERABLE.has(inspection.mimeType)) {
      const outcome = early && declared === inspection.mimeType ? await early : await render(inspection.mimeType)
      if ('error' in outcome) {
        throw invalidField('archive-assets', 'file', tr(req, 'archiveImageCorrupt'), req)
      }
      rendered = outcome.sizes
    }
    const filename = await safeFilename(async (name) => Boolean(await storage.head(storageKey('archive', name))), file.name, inspection.mimeType, rendered, async (candidate) => {
      const { totalDocs } = await req.payload.count({
        collection: SLUGS.archiveAssets,
        where: { filename: { equals: candidate } },
        req,
        overrideAccess: true,
      })
      return totalDocs > 0
    })
    const stem = filename.slice(0, filename.lastIndexOf('.'))
    const sizes = rendered.map((size) => ({ ...size, filename: renditionFilename(stem, size) }))
    const sizeData: Record<string, unknown> = {}
    for (const { name } of options.archive.renditions) {
      const size = sizes.find((s) => s.name === name)
      sizeData[name] = size
        ? { filename: size.filename, width: size.width, height: size.height, mimeType: size.mimeType, filesize: size.filesize }
        : { filename: null, width: null, height: null, mimeType: null, filesize: null }
    }

    const context: IngestContext = {
      inspection,
      focal: { focalX: incoming.focalX, focalY: incoming.focalY },
      fileData: {
        filename,
        mimeType: inspection.mimeType,
        filesize: inspection.size,
        width: inspection.width ?? null,
        height: inspection.height ?? null,
        sizes: sizeData,
      },
    }
    const pending: PendingFiles = { filename, source, sizes, replaced: [] }
    if (current?.filename) {
      // The current original is kept outside the served prefix before anything changes (removed
      // again if the write fails: src/kernel/storage/rollback.ts).
      const keptName = `${current.id}-${Date.now()}-${current.filename}`
      await storage.copy(storageKey('archive', current.filename), storageKey('originals', keptName))
      await trackStoredObjects(req, storage, [storageKey('originals', keptName)])
      context.kept = {
        filename: keptName,
        originalFilename: current.filename,
        sha256: current.sha256,
        filesize: current.filesize,
        mimeType: current.mimeType,
        replacedAt: new Date().toISOString(),
        replacedBy: req.user?.id,
      }
      pending.replaced = [current.filename, ...Object.values(current.sizes ?? {}).map((size) => size?.filename).filter((f): f is string => Boolean(f))]
    }
    req.context[INGEST_CONTEXT_KEY] = context
    req.context[PENDING_FILES_KEY] = pending
    // Payload does not process this file: its own path decodes the original once per size, at
    // full resolution for focal crops. The archive stores it (writeFiles) once the row is saved;
    // taken from Payload, the temp file is removed by writeFiles, or by removeTempFile when the
    // request fails after this point (a field validator, the database).
    ;(req as { file?: unknown }).file = undefined
    return args
  }

/**
 * 409 when the checksum is already in the archive (a current file or a kept original), naming the
 * asset only to a caller who may read it. Anyone else gets the answer of any unauthorised write
 * (Payload's 403): the refusal tells nothing about a document they cannot see.
 */
const refuseDuplicate = async (
  req: PayloadRequest,
  sha256: string,
  options: ResolvedOptions,
  selfId: number | string | undefined,
  system: boolean,
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: SLUGS.archiveAssets,
    where: { or: [{ sha256: { equals: sha256 } }, { 'previousFiles.sha256': { equals: sha256 } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { title: true },
  })
  const existing = docs[0] as unknown as AssetLike | undefined
  if (!existing) return
  if (selfId !== undefined && String(existing.id) === String(selfId)) {
    throw conflict(withLabel(req, 'archive-assets', 'file', tr(req, 'archiveDuplicateOfSelf')))
  }
  if (!system && !(await mayRead(req, existing.id))) throw new Forbidden(req.t)
  const error = conflict(
    withLabel(req, 'archive-assets', 'file', tr(req, options.archive.duplicatePolicy === 'link' ? 'archiveDuplicateLink' : 'archiveDuplicateRefused', { title: existing.title, id: existing.id })),
  )
  ;(error as unknown as { data: unknown }).data = { existing: { id: existing.id, title: existing.title }, sha256 }
  throw error
}

/** Whether the caller (the request's user, or anonymous) may read this asset under the collection's read rule. */
const mayRead = async (req: PayloadRequest, id: number | string): Promise<boolean> => {
  const { totalDocs } = await req.payload.count({
    collection: SLUGS.archiveAssets,
    where: { id: { equals: id } },
    req,
    overrideAccess: false,
    user: req.user ?? undefined,
  })
  return totalDocs > 0
}
