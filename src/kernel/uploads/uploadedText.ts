import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'

import { whenSpooled } from './spooledFiles.js'

/**
 * The text of the file uploaded with a multipart request (after `addDataAndFileToRequest`),
 * whether Payload kept it in memory or spooled it to a temp file (`upload.useTempFiles`).
 * Null when no file came. The caller removes the spooled files (`removeSpooledFiles`) when done.
 */
export const uploadedText = async (req: PayloadRequest): Promise<null | string> => {
  const file = req.file as (NonNullable<PayloadRequest['file']> & { tempFilePath?: string }) | undefined
  if (!file) return null
  if (file.data && file.data.length > 0) return Buffer.from(file.data).toString('utf8')
  if (file.tempFilePath) {
    await whenSpooled({ tempFilePath: file.tempFilePath, size: file.size })
    return fs.readFile(file.tempFilePath, 'utf8')
  }
  return null
}
