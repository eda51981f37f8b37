import type { Readable } from 'node:stream'

/** What the store knows of one object. */
export type StoredObject = { size: number; contentType?: string }

/** An inclusive byte range (`bytes=start-end`). */
export type ByteRange = { start: number; end: number }

/** A body to store: bytes in memory, or a file on local disk (Payload's spooled upload), streamed. */
export type PutBody = Buffer | { file: string }

/**
 * THE storage of the plugin's files (archive originals, renditions, kept originals, brand assets).
 * Keys are relative, `/`-separated (`archive/foto.jpg`); an implementation maps them to a folder or a
 * bucket. Every write is whole or absent: a reader never sees half an object.
 */
export type FileStorage = {
  readonly kind: 'local' | 's3'
  /** Stores `body` under `key`; with `exclusive`, refuses (EEXIST) when the key already exists. */
  put: (key: string, body: PutBody, options?: { contentType?: string; exclusive?: boolean }) => Promise<void>
  /** A stream of the object (or of `range` of it), or null when there is none. */
  get: (key: string, range?: ByteRange) => Promise<null | (StoredObject & { body: Readable })>
  head: (key: string) => Promise<null | StoredObject>
  /** Removes the object; nothing when there is none. */
  delete: (key: string) => Promise<void>
  copy: (from: string, to: string) => Promise<void>
  /** Every key under `prefix`. */
  list: (prefix: string) => Promise<string[]>
  /**
   * A short-lived URL that GETs the object without the app (S3's presigned URL), or null when the
   * store has none (local disk): the app then serves the bytes itself.
   */
  signedUrl: (key: string, options: { expiresIn: number; contentType?: string; contentDisposition?: string }) => Promise<null | string>
  /** The object as a file on local disk for `work` (the file itself on disk, a temporary copy otherwise). */
  withLocalFile: <T>(key: string, work: (file: string) => Promise<T>) => Promise<T>
  /** Whether the store takes and removes an object now (the health check). Never throws. */
  probe: () => Promise<boolean>
}

/** An error of a missing object or an existing one, with Node's codes (the upload rollback's 503 knows them). */
export const storageError = (code: 'EEXIST' | 'ENOENT', key: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`storage: ${code === 'EEXIST' ? 'already exists' : 'not found'}: ${key}`), { code, syscall: 'storage' })
