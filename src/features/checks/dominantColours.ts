import sharp from 'sharp'

import { type RGB, rgbToHex } from './colour.js'

export type DominantColour = { hex: string; rgb: RGB; share: number }

/**
 * Dominant colours of an image, computed with sharp: the image is reduced to 64×64 (shrink-on-load
 * keeps it cheap), pixels are grouped in 4-bit-per-channel buckets, and each bucket reports its
 * mean colour and its share of the pixels (0–1), largest first. Transparent pixels are ignored.
 */
export const dominantColours = async (input: Buffer | string, limit = 6): Promise<DominantColour[]> => {
  const { data, info } = await sharp(input).resize(64, 64, { fit: 'fill' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  const buckets = new Map<number, { r: number; g: number; b: number; n: number }>()
  let total = 0
  for (let i = 0; i < data.length; i += info.channels) {
    if (data[i + 3]! < 128) continue
    const r = data[i]!
    const g = data[i + 1]!
    const b = data[i + 2]!
    const key = ((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4)
    const bucket = buckets.get(key) ?? { r: 0, g: 0, b: 0, n: 0 }
    bucket.r += r
    bucket.g += g
    bucket.b += b
    bucket.n++
    buckets.set(key, bucket)
    total++
  }
  return [...buckets.values()]
    .sort((x, y) => y.n - x.n)
    .slice(0, limit)
    .map(({ r, g, b, n }) => {
      const rgb = { r: r / n, g: g / n, b: b / n }
      return { rgb, hex: rgbToHex(rgb), share: total ? n / total : 0 }
    })
}
