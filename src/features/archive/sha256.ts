import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'

/**
 * SHA-256 of a whole file, streamed in 1 MiB chunks (memory stays flat whatever the size).
 * Hex, lower case.
 */
export const sha256File = (filePath: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256')
    const stream = createReadStream(filePath, { highWaterMark: 1024 * 1024 })
    stream.on('data', (chunk) => hash.update(chunk))
    stream.on('error', reject)
    stream.on('end', () => resolve(hash.digest('hex')))
  })

/** SHA-256 of a stream (an object read from storage), chunk by chunk. */
export const sha256Stream = async (stream: AsyncIterable<Uint8Array>): Promise<string> => {
  const hash = createHash('sha256')
  for await (const chunk of stream) hash.update(chunk)
  return hash.digest('hex')
}

/** SHA-256 of bytes already in memory (an upload that was not spooled to a temp file), whole. */
export const sha256Buffer = (data: Uint8Array): string => {
  const hash = createHash('sha256')
  // Feed it in slices like the stream does, so both paths hash the same bytes the same way.
  const step = 1024 * 1024
  for (let offset = 0; offset < data.length; offset += step) hash.update(data.subarray(offset, offset + step))
  return hash.digest('hex')
}
