import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import type { Inspection } from '../../src/archive/inspectFile.js'
import type { ResolvedOptions } from '../../src/types.js'

import { inspectFile } from '../../src/archive/inspectFile.js'
import { archivePaths } from '../../src/archive/paths.js'
import { conflict, invalidField } from '../../src/errors.js'
import { validateAssetData } from './validateAssetData.js'

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
}

export const INGEST_CONTEXT_KEY = 'pregoneroArchiveIngest'

type AssetLike = {
  id: number | string
  title?: string
  filename?: string
  sha256?: string
  filesize?: number
  mimeType?: string
}

/**
 * beforeOperation of `archive-assets` (create / update with a file). Runs before Payload writes
 * anything: inspects the file (type sniffing, size, pixel limit, integrity, SHA-256, EXIF), refuses
 * duplicates by checksum naming the existing asset, and — when an update replaces the file — copies
 * the current original to `archive-originals/` (outside the served directory) so it is kept.
 * A refusal throws before any file is written or any row is created.
 */
export const ingestFile =
  (options: ResolvedOptions): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const id = (args as { id?: number | string }).id
    if (operation === 'update' && (id === undefined || id === null)) {
      throw invalidField(
        'archive-assets',
        'file',
        'archivo: el archivo solo se reemplaza activo por activo, no en lote / file: files are replaced one asset at a time, not in bulk',
      )
    }

    const inspection = await inspectFile(file as never, options)
    await refuseDuplicate(req, inspection.sha256, options, id)

    const incoming = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
    const context: IngestContext = { inspection, focal: { focalX: incoming.focalX, focalY: incoming.focalY } }
    if (operation === 'update') {
      const current = (await req.payload.findByID({
        collection: 'archive-assets' as never,
        id: id!,
        depth: 0,
        req,
        overrideAccess: true,
      })) as unknown as AssetLike
      // Payload removes the previous files before an update's beforeChange hooks run: validate now.
      const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
      validateAssetData({ ...(current as object), ...data }, data, req)
      if (current?.filename) {
        const paths = archivePaths(options)
        await fs.mkdir(paths.originals, { recursive: true })
        const keptName = `${current.id}-${Date.now()}-${current.filename}`
        await fs.copyFile(path.join(paths.archive, current.filename), path.join(paths.originals, keptName))
        context.kept = {
          filename: keptName,
          originalFilename: current.filename,
          sha256: current.sha256,
          filesize: current.filesize,
          mimeType: current.mimeType,
          replacedAt: new Date().toISOString(),
          replacedBy: req.user?.id,
        }
      }
    }
    req.context[INGEST_CONTEXT_KEY] = context
    return args
  }

/** 409 when the checksum is already in the archive (a current file or a kept original). */
const refuseDuplicate = async (
  req: PayloadRequest,
  sha256: string,
  options: ResolvedOptions,
  selfId?: number | string,
): Promise<void> => {
  const { docs } = await req.payload.find({
    collection: 'archive-assets' as never,
    where: { or: [{ sha256: { equals: sha256 } }, { 'previousFiles.sha256': { equals: sha256 } }] },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { title: true } as never,
  })
  const existing = docs[0] as unknown as AssetLike | undefined
  if (!existing) return
  if (selfId !== undefined && String(existing.id) === String(selfId)) {
    throw conflict(
      `archivo: el archivo nuevo es idéntico al actual o a uno anterior de este activo (SHA-256 ${sha256}) / file: the new file is identical to this asset's current or a previous file`,
    )
  }
  const error = conflict(
    options.archive.duplicatePolicy === 'link'
      ? `archivo: ya está en el archivo como "${existing.title}" (id ${existing.id}); enlace ese activo en lugar de subir una copia / file: already in the archive as "${existing.title}" (id ${existing.id}); link that asset instead of uploading a copy`
      : `archivo: ya está en el archivo como "${existing.title}" (id ${existing.id}); no se admiten duplicados / file: already in the archive as "${existing.title}" (id ${existing.id}); duplicates are refused`,
  )
  ;(error as unknown as { data: unknown }).data = { existing: { id: existing.id, title: existing.title }, sha256 }
  throw error
}
