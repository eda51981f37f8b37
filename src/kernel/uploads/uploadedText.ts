import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'

import { decodeText, type TextEncodingRead } from '../formats/decodeText.js'
import { whenSpooled } from './spooledFiles.js'

/**
 * The bytes of the file uploaded with a multipart request (after `addDataAndFileToRequest`),
 * whether Payload kept it in memory or spooled it to a temp file (`upload.useTempFiles`).
 * Null when no file came. The caller removes the spooled files (`removeSpooledFiles`) when done.
 */
export const uploadedBytes = async (req: PayloadRequest): Promise<null | Uint8Array> => {
  const file = req.file as (NonNullable<PayloadRequest['file']> & { tempFilePath?: string }) | undefined
  if (!file) return null
  if (file.data && file.data.length > 0) return new Uint8Array(file.data)
  if (file.tempFilePath) {
    await whenSpooled({ tempFilePath: file.tempFilePath, size: file.size })
    return new Uint8Array(await fs.readFile(file.tempFilePath))
  }
  return null
}

/** The uploaded file as text, its encoding detected (decodeText: UTF-8 with or without BOM, else Windows-1252). */
export const uploadedText = async (req: PayloadRequest): Promise<null | { text: string; encoding: TextEncodingRead }> => {
  const bytes = await uploadedBytes(req)
  return bytes ? decodeText(bytes) : null
}
