import path from 'node:path'

/**
 * The keys of the plugin's files in storage (the same layout as the folders of the local disk):
 * `archive/` originals and renditions, `archive-originals/` originals replaced by a newer file
 * (never served by URL), `brand/` brand assets.
 */
export const STORAGE_PREFIXES = { archive: 'archive', originals: 'archive-originals', brand: 'brand' } as const

export type StoragePrefix = keyof typeof STORAGE_PREFIXES

/** A file name as a key under its prefix; anything but a plain name (a path, `..`) is refused. */
export const storageKey = (prefix: StoragePrefix, filename: string): string => {
  const name = String(filename)
  if (!name || name !== path.posix.basename(name) || name !== path.win32.basename(name) || name === '.' || name === '..') {
    throw Object.assign(new Error('storage: invalid file name'), { status: 400 })
  }
  return `${STORAGE_PREFIXES[prefix]}/${name}`
}
