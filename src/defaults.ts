import path from 'node:path'

import type { ArchiveOptions, PregoneroOptions, ResolvedOptions } from './types.js'

/** Sidebar groups by PHVA area (Planear, Hacer, Verificar, Actuar), plus archive and settings. */
export const GROUPS = {
  plan: { es: 'Planear', en: 'Plan' },
  do: { es: 'Hacer', en: 'Do' },
  check: { es: 'Verificar', en: 'Check' },
  act: { es: 'Actuar', en: 'Act' },
  archive: { es: 'Archivo', en: 'Archive' },
  settings: { es: 'Configuración', en: 'Settings' },
} as const

/** Applies the defaults once; everything downstream reads the resolved options. */
export const resolveOptions = (options: PregoneroOptions = {}): ResolvedOptions => ({
  enabled: options.enabled ?? true,
  serverURL: options.serverURL ?? process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000',
  institutionName: options.institutionName ?? 'Alcaldía de Pasto',
  jobsQueue: options.jobsQueue ?? 'pregonero',
  archive: resolveArchiveOptions(options.archive),
})

// ─── archive (issue 4) ─────────────────────────────────────────────────────────────────────
/** The archive's default MIME allow-list: photos, video, audio, design files, documents. */
export const DEFAULT_ARCHIVE_MIME_TYPES = [
  'image/jpeg', 'image/png', 'image/webp', 'image/tiff', 'image/gif', 'image/avif', 'image/heic',
  'video/mp4', 'video/quicktime', 'video/webm', 'video/x-matroska',
  'audio/mpeg', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/mp4', 'audio/flac', 'audio/x-flac',
  'application/pdf', 'image/svg+xml', 'image/vnd.adobe.photoshop', 'application/postscript', 'application/illustrator',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text', 'text/plain', 'text/vtt', 'application/x-subrip',
]

const resolveArchiveOptions = (archive: ArchiveOptions = {}): Required<ArchiveOptions> => ({
  mimeTypes: archive.mimeTypes ?? DEFAULT_ARCHIVE_MIME_TYPES,
  maxFileSize: archive.maxFileSize ?? 2 * 1024 ** 3,
  maxPixels: archive.maxPixels ?? 100_000_000,
  duplicatePolicy: archive.duplicatePolicy ?? 'refuse',
  renditions: archive.renditions ?? [
    { name: 'thumbnail', width: 300, height: 300 },
    { name: 'card', width: 640, height: 480 },
    { name: 'web', width: 1600, height: 0 },
    { name: 'social', width: 1080, height: 1080 },
    { name: 'og', width: 1200, height: 630 },
  ],
  mediaDir: archive.mediaDir ?? process.env.PREGONERO_MEDIA_DIR ?? path.resolve(process.cwd(), 'media'),
  licenceWarningDays: archive.licenceWarningDays ?? 30,
})
