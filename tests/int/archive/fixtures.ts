import type { Payload } from 'payload'

import zlib from 'node:zlib'
import sharp from 'sharp'

import type { Role } from '../../../src/kernel/access/index.js'

import { makeDepartment, makeUser } from '../../helpers/fixtures.js'

export type TestUser = { id: number | string; email: string; roles: Role[]; collection: 'users' } & Record<string, unknown>

/**
 * One user per role (plus a second designer), all in one department, made with the shared
 * helpers (tests/helpers/fixtures.ts): e-mail `<key>@pasto.gov.co`, password `TEST_PASSWORD`.
 */
export const makeUsers = async (payload: Payload): Promise<Record<string, TestUser>> => {
  const department = await makeDepartment(payload, 'CUL', 'Secretaría de Cultura')
  const roles: Array<[string, Role[]]> = [
    ['admin', ['admin']],
    ['head', ['head']],
    ['editor', ['editor']],
    ['designer', ['designer']],
    ['designer2', ['designer']],
    ['producer', ['producer']],
    ['community', ['community']],
    ['requester', ['requester']],
    ['auditor', ['auditor']],
  ]
  const users: Record<string, TestUser> = {}
  for (const [key, r] of roles) {
    users[key] = (await makeUser(payload, r, { email: `${key}@pasto.gov.co`, name: key, department: department.id })) as unknown as TestUser
  }
  return users
}

/** A JPEG photo with natural-looking noise, optionally with EXIF (date, camera, GPS). */
export const makeJpeg = async (
  width = 800,
  height = 600,
  opts: { seed?: number; exif?: boolean; gps?: boolean } = {},
): Promise<Buffer> => {
  const seed = opts.seed ?? 1
  let image = sharp({
    create: { width, height, channels: 3, background: { r: (seed * 53) % 256, g: (seed * 97) % 256, b: (seed * 31) % 256 }, noise: { type: 'gaussian', mean: 128, sigma: 30 } },
  }).jpeg({ quality: 85 })
  if (opts.exif || opts.gps) {
    image = image.withExif({
      IFD0: { Make: 'Canon', Model: 'EOS R6', DateTime: '2025:08:07 10:30:00' },
      IFD2: { DateTimeOriginal: '2025:08:07 10:30:00' },
      ...(opts.gps
        ? { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '1/1 12/1 36/1', GPSLongitudeRef: 'W', GPSLongitude: '77/1 16/1 52/1' } }
        : {}),
    })
  }
  return image.toBuffer()
}

/** A flat-colour PNG (a graphic piece), optionally split in two colours. */
export const makePiece = async (width: number, height: number, colours: Array<{ r: number; g: number; b: number }>): Promise<Buffer> => {
  const [first, ...rest] = colours
  const base = sharp({ create: { width, height, channels: 3, background: first! } })
  if (rest.length === 0) return base.png().toBuffer()
  const band = Math.floor(width / colours.length)
  const composites = await Promise.all(
    rest.map(async (colour, i) => ({
      input: await sharp({ create: { width: band, height, channels: 3, background: colour } }).png().toBuffer(),
      left: band * (i + 1),
      top: 0,
    })),
  )
  return base.composite(composites).png().toBuffer()
}

/** The Local API's `file` argument. */
export const fileOf = (data: Buffer, name: string, mimetype: string) => ({ data, name, mimetype, size: data.length })

/** Minimal required metadata of an asset. */
export const assetData = (extra: Record<string, unknown> = {}) => ({ title: 'Foto de prueba', kind: 'photo', ...extra })

const chunk = (type: string, data: Buffer): Buffer => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(body) >>> 0)
  return Buffer.concat([length, body, crc])
}

/** A valid greyscale PNG of width × height black pixels: a decompression bomb (tiny file, huge image). */
export const makeBomb = (width: number, height: number): Buffer => {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 0 // greyscale
  const raw = Buffer.alloc((width + 1) * height) // filter byte 0 + zero pixels per row
  const idat = zlib.deflateSync(raw, { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
