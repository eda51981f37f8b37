import fs from 'node:fs/promises'

/**
 * The movie duration of an MP4/MOV from its `moov/mvhd` box, for a video with no audio track:
 * music-metadata (11.16 and 12.1 checked) takes an MP4's duration from its audio track only.
 * Box headers only (a few bytes each; `mdat` is skipped, never read). `undefined` when absent.
 */
export const isoMovieDuration = async (source: Buffer | string): Promise<number | undefined> => {
  const handle = Buffer.isBuffer(source) ? null : await fs.open(source, 'r')
  const size = handle ? (await handle.stat()).size : (source as Buffer).length
  const read = async (offset: number, length: number): Promise<Buffer> => {
    if (!handle) return (source as Buffer).subarray(offset, offset + length)
    const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - offset)))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset)
    return buffer.subarray(0, bytesRead)
  }
  /** The body [start, end) of the first box of `type` between `from` and `to`. */
  const find = async (from: number, to: number, type: string): Promise<{ start: number; end: number } | undefined> => {
    for (let offset = from; offset + 8 <= to; ) {
      const head = await read(offset, 16)
      if (head.length < 8) return undefined
      let boxSize = head.readUInt32BE(0)
      let header = 8
      if (boxSize === 1 && head.length >= 16) [boxSize, header] = [Number(head.readBigUInt64BE(8)), 16]
      else if (boxSize === 0) boxSize = to - offset
      if (boxSize < header) return undefined
      if (head.toString('ascii', 4, 8) === type) return { start: offset + header, end: offset + boxSize }
      offset += boxSize
    }
    return undefined
  }
  try {
    const moov = await find(0, size, 'moov')
    const mvhd = moov && (await find(moov.start, moov.end, 'mvhd'))
    if (!mvhd) return undefined
    const body = await read(mvhd.start, 32)
    const [timescale, duration] =
      body[0] === 1 ? [body.readUInt32BE(20), Number(body.readBigUInt64BE(24))] : [body.readUInt32BE(12), body.readUInt32BE(16)]
    // A version-0 duration of all ones means "indeterminate".
    return timescale > 0 && duration > 0 && !(body[0] === 0 && duration === 0xffffffff) ? duration / timescale : undefined
  } finally {
    await handle?.close()
  }
}
