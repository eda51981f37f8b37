/**
 * Options of the `pregonero()` plugin. Every option is optional; the defaults live in
 * `src/defaults.ts` (`resolveOptions`), the one place they are set.
 */
export type PregoneroOptions = {
  /**
   * When false, the collections (with their access rules and hooks) are still added, so the
   * schema, migrations and safety rules stay the same, but the plugin's jobs and endpoints are
   * not installed (e.g. an instance that only serves reads).
   * @default true
   */
  enabled?: boolean
  /**
   * Absolute URL of the admin/API, used in links sent by e-mail.
   * @default process.env.PAYLOAD_PUBLIC_SERVER_URL ?? 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * Name of the institution, shown in e-mails and reports.
   * @default 'Alcaldía de Pasto'
   */
  institutionName?: string
  /**
   * Queue name on which the plugin's jobs (notifications, checks, reports) run.
   * The app must run this queue (`jobs.autoRun` or `payload jobs:run`).
   * @default 'pregonero'
   */
  jobsQueue?: string
  // ─── archive (issue 4): the audiovisual archive and the image manual ───────────────────────
  /** Ingest rules of `archive-assets`. */
  archive?: ArchiveOptions
}

/** Ingest rules of the audiovisual archive (`archive-assets`). */
export type ArchiveOptions = {
  /**
   * MIME types accepted (the real content is sniffed and must match the declared type).
   * @default photos (jpeg, png, webp, tiff, gif, heic/avif), video (mp4, quicktime, webm, x-matroska),
   * audio (mpeg, wav, ogg, mp4, flac), design files (pdf, svg, photoshop, illustrator/postscript) and
   * documents (pdf, docx, xlsx, pptx, odt, plain text, WebVTT/SRT captions)
   */
  mimeTypes?: string[]
  /**
   * Largest file accepted, in bytes.
   * @default 2 GiB (2_147_483_648)
   */
  maxFileSize?: number
  /**
   * Largest image accepted, in pixels (width × height): a decompression bomb is refused before decoding.
   * @default 100_000_000 (100 megapixels)
   */
  maxPixels?: number
  /**
   * What happens when the uploaded file is already in the archive (same SHA-256): `'refuse'` answers
   * 409 naming the existing asset; `'link'` answers 409 too, but with the existing asset's id in
   * `data.existing` so the client links to it instead of storing a copy.
   * @default 'refuse'
   */
  duplicatePolicy?: 'link' | 'refuse'
  /**
   * Renditions of images (sharp), with the focal point: name → width × height (height 0 keeps the ratio).
   * @default thumbnail 300×300, card 640×480, web 1600×0, social 1080×1080, og 1200×630
   */
  renditions?: Array<{ name: string; width: number; height: number }>
  /**
   * Directory where files are stored (originals under `archive/`, kept originals under
   * `archive-originals/`, brand assets under `brand/`).
   * @default process.env.PREGONERO_MEDIA_DIR ?? '<cwd>/media'
   */
  mediaDir?: string
  /**
   * Days before a licence's expiry when the licence-expiry job raises its alert.
   * @default 30
   */
  licenceWarningDays?: number
}

/** Options with every default applied: what the rest of the plugin reads. */
export type ResolvedOptions = Required<Omit<PregoneroOptions, 'archive'>> & { archive: Required<ArchiveOptions> }
