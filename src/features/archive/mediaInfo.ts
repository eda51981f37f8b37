import fs from 'node:fs/promises'

/** What the archive reads from an audio or video container, without decoding it. */
export type MediaInfo = {
  durationSeconds?: number
  sampleRate?: number
  channels?: number
  bitsPerSample?: number
  /** Creation time recorded by the camera or recorder (MP4/MOV `mvhd`). */
  createdAt?: string
}

/** Random access to the bytes of an upload (in memory, or a temp file) without reading it all. */
type Reader = { size: number; read: (offset: number, length: number) => Promise<Buffer>; close: () => Promise<void> }

const readerOf = async (source: Buffer | string): Promise<Reader> => {
  if (Buffer.isBuffer(source)) {
    return { size: source.length, read: async (offset, length) => source.subarray(offset, offset + length), close: async () => {} }
  }
  const handle = await fs.open(source, 'r')
  const { size } = await handle.stat()
  return {
    size,
    read: async (offset, length) => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
      return buffer.subarray(0, bytesRead)
    },
    close: () => handle.close(),
  }
}

/** WAV (RIFF/WAVE): the `fmt ` chunk (channels, sample rate, bits) and the `data` size → duration. */
const wavInfo = async (reader: Reader): Promise<MediaInfo> => {
  const info: MediaInfo = {}
  let byteRate = 0
  let offset = 12
  while (offset + 8 <= reader.size) {
    const header = await reader.read(offset, 8)
    if (header.length < 8) break
    const id = header.toString('ascii', 0, 4)
    const size = header.readUInt32LE(4)
    if (id === 'fmt ') {
      const fmt = await reader.read(offset + 8, 16)
      info.channels = fmt.readUInt16LE(2)
      info.sampleRate = fmt.readUInt32LE(4)
      byteRate = fmt.readUInt32LE(8)
      info.bitsPerSample = fmt.readUInt16LE(14)
    } else if (id === 'data' && byteRate > 0) {
      const bytes = Math.min(size, reader.size - offset - 8)
      info.durationSeconds = Math.round((bytes / byteRate) * 1000) / 1000
      break
    }
    offset += 8 + size + (size % 2)
  }
  return info
}

const MP4_EPOCH = Date.UTC(1904, 0, 1)

/** ISO base media (MP4, MOV, M4A): the `moov/mvhd` box, found by walking box headers (mdat skipped). */
const isoInfo = async (reader: Reader): Promise<MediaInfo> => {
  const findBox = async (start: number, end: number, type: string): Promise<{ offset: number; size: number; header: number } | null> => {
    let offset = start
    while (offset + 8 <= end) {
      const head = await reader.read(offset, 16)
      if (head.length < 8) return null
      let size = head.readUInt32BE(0)
      let header = 8
      if (size === 1 && head.length >= 16) {
        size = Number(head.readBigUInt64BE(8))
        header = 16
      } else if (size === 0) size = end - offset
      if (size < header) return null
      if (head.toString('ascii', 4, 8) === type) return { offset, size, header }
      offset += size
    }
    return null
  }
  const moov = await findBox(0, reader.size, 'moov')
  if (!moov) return {}
  const mvhd = await findBox(moov.offset + moov.header, moov.offset + moov.size, 'mvhd')
  if (!mvhd) return {}
  const body = await reader.read(mvhd.offset + mvhd.header, 32)
  const version = body[0]
  let created: number
  let timescale: number
  let duration: number
  if (version === 1) {
    created = Number(body.readBigUInt64BE(4))
    timescale = body.readUInt32BE(20)
    duration = Number(body.readBigUInt64BE(24))
  } else {
    created = body.readUInt32BE(4)
    timescale = body.readUInt32BE(12)
    duration = body.readUInt32BE(16)
  }
  const info: MediaInfo = {}
  if (timescale > 0) info.durationSeconds = Math.round((duration / timescale) * 1000) / 1000
  if (created > 0) info.createdAt = new Date(MP4_EPOCH + created * 1000).toISOString()
  return info
}

const ISO_TYPES = new Set(['video/mp4', 'video/quicktime', 'audio/mp4', 'video/x-m4v', 'audio/x-m4a'])
const WAV_TYPES = new Set(['audio/wav', 'audio/x-wav', 'audio/vnd.wave', 'audio/wave'])

/**
 * Duration and technical metadata of WAV and MP4/MOV/M4A files, read from their headers only
 * (a few bytes per box: a 2 GB video is not read). Other types, or unreadable headers: `{}`.
 */
export const mediaInfo = async (source: Buffer | string, mimeType: string): Promise<MediaInfo> => {
  if (!ISO_TYPES.has(mimeType) && !WAV_TYPES.has(mimeType)) return {}
  const reader = await readerOf(source)
  try {
    return WAV_TYPES.has(mimeType) ? await wavInfo(reader) : await isoInfo(reader)
  } catch {
    return {}
  } finally {
    await reader.close()
  }
}
