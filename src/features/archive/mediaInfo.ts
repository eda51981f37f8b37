import { type IFormat, parseBuffer, parseFile } from 'music-metadata'

import { isoMovieDuration } from './isoMovieDuration.js'

/** What the archive reads from an audio or video container, without decoding it. */
export type MediaInfo = {
  durationSeconds?: number
  sampleRate?: number
  channels?: number
  /** Lossless audio only (WAV, FLAC): lossy codecs have no bit depth. */
  bitsPerSample?: number
  /** Creation time recorded by the camera or recorder (MP4/MOV `mvhd`). */
  createdAt?: string
}

/**
 * Ogg's length is the granule position of its LAST page: music-metadata finds it by walking the
 * pages to the end (one sequential read, a page in memory at a time, like the SHA-256 of the whole
 * file the archive computes anyway). Every other container states its length in a header
 * (WAV `data`, FLAC STREAMINFO, MP3 Xing/Info or CBR size, MP4 `mvhd`/`mdhd`, Matroska Info):
 * those are parsed with `duration: false`, so media data is skipped (a seek on a temp file).
 */
const SCANNED_TYPES = new Set(['audio/ogg', 'audio/opus', 'video/ogg'])
const ISO_TYPES = new Set(['video/mp4', 'video/quicktime', 'audio/mp4', 'video/x-m4v', 'audio/x-m4a'])
/** The Mac epoch (1904-01-01): an MP4 creation time of 0 means "not recorded". */
const MP4_EPOCH = Date.UTC(1904, 0, 1)

const rounded = (seconds: number): number => Math.round(seconds * 1000) / 1000

const infoOf = (format: IFormat): MediaInfo => {
  const info: MediaInfo = {}
  if (format.duration !== undefined && Number.isFinite(format.duration) && format.duration > 0) info.durationSeconds = rounded(format.duration)
  if (format.sampleRate) info.sampleRate = format.sampleRate
  if (format.numberOfChannels) info.channels = format.numberOfChannels
  if (format.bitsPerSample && format.lossless === true) info.bitsPerSample = format.bitsPerSample
  const created = format.creationTime?.getTime()
  if (created !== undefined && Number.isFinite(created) && created > MP4_EPOCH) info.createdAt = new Date(created).toISOString()
  return info
}

/**
 * Duration and technical metadata of an audio or video upload (in memory, or the temp file Payload
 * spooled it to), read by music-metadata from the container's headers. Other types, or
 * unreadable containers: `{}` (the upload is not refused for it).
 */
export const mediaInfo = async (source: Buffer | string, mimeType: string): Promise<MediaInfo> => {
  const type = mimeType.split(';')[0]!.trim().toLowerCase()
  if (!type.startsWith('audio/') && !type.startsWith('video/')) return {}
  const options = { duration: SCANNED_TYPES.has(type), skipCovers: true }
  try {
    const { format } = Buffer.isBuffer(source)
      ? await parseBuffer(source, { mimeType: type, size: source.length }, options)
      : await parseFile(source, options)
    const info = infoOf(format)
    if (info.durationSeconds === undefined && ISO_TYPES.has(type)) {
      const seconds = await isoMovieDuration(source)
      if (seconds !== undefined) info.durationSeconds = rounded(seconds)
    }
    return info
  } catch {
    return {}
  }
}
