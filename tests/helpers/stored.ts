import type { Readable } from 'node:stream'

import { resolveOptions } from '../../src/defaults.js'
import { type FileStorage, fileStorage } from '../../src/kernel/storage/index.js'

const bytes = async (body: Readable): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array))
  return Buffer.concat(chunks)
}

/**
 * The app's file storage as the test sees it (the media folder, or the S3 bucket when the
 * PREGONERO_S3_* variables are set: PREGONERO_TEST_STORAGE=s3), through the plugin's own
 * storage interface: keys are `archive/<file>`, `archive-originals/<file>`, `brand/<file>`.
 */
export const stored = () => {
  // Resolved on first use: after bootPayload set the environment.
  let made: FileStorage | undefined
  const store = () => (made ??= fileStorage(resolveOptions()))
  return {
    get storage() {
      return store()
    },
    read: async (key: string): Promise<Buffer> => {
      const object = await store().get(key)
      if (!object) throw new Error(`not stored: ${key}`)
      return bytes(object.body)
    },
    exists: async (key: string): Promise<boolean> => Boolean(await store().head(key)),
    write: (key: string, data: Buffer) => store().put(key, data),
    remove: (key: string) => store().delete(key),
    list: async (prefix: string): Promise<string[]> => (await store().list(prefix)).map((key) => key.slice(prefix.length + 1)).sort(),
  }
}
