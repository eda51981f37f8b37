import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { resolveOptions } from '../../defaults.js'
import { inspectFile } from './inspectFile.js'
import { sha256Buffer, sha256File } from './sha256.js'

describe('inspectFile with an upload spooled to a temp file (useTempFiles)', () => {
  const options = resolveOptions({ archive: { mediaDir: os.tmpdir() } })
  let dir: string
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-inspect-'))
  })
  afterAll(() => fs.rm(dir, { recursive: true, force: true }))

  it('hashes the whole file by streaming and reads dimensions and EXIF from the path', async () => {
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#336699', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Nikon', Model: 'Z6' }, IFD2: { DateTimeOriginal: '2024:12:24 20:00:00' } })
      .toBuffer()
    const file = path.join(dir, 'upload-tmp')
    await fs.writeFile(file, jpeg)
    const result = await inspectFile({ name: 'noche.jpg', mimetype: 'image/jpeg', size: jpeg.length, data: Buffer.alloc(0), tempFilePath: file }, options)
    expect(result.sha256).toBe(crypto.createHash('sha256').update(jpeg).digest('hex'))
    expect(result).toMatchObject({ mimeType: 'image/jpeg', width: 640, height: 480, size: jpeg.length, isRaster: true })
    expect(result.exif.camera).toBe('Nikon Z6')
  })

  it('the streamed and in-memory hashes agree on a multi-chunk file, and a change in the last byte changes it', async () => {
    const data = crypto.randomBytes(3 * 1024 * 1024 + 123)
    const file = path.join(dir, 'big')
    await fs.writeFile(file, data)
    const whole = crypto.createHash('sha256').update(data).digest('hex')
    expect(await sha256File(file)).toBe(whole)
    expect(sha256Buffer(data)).toBe(whole)
    data[data.length - 1] ^= 1
    expect(sha256Buffer(data)).not.toBe(whole)
  })

  it('refuses a file larger than the limit, naming the sizes', async () => {
    const small = resolveOptions({ archive: { maxFileSize: 10 } })
    await expect(
      inspectFile({ name: 'a.txt', mimetype: 'text/plain', size: 20, data: Buffer.from('01234567890123456789') }, small),
    ).rejects.toMatchObject({ status: 400, data: { errors: [expect.objectContaining({ path: 'file', message: expect.stringMatching(/20 bytes/) })] } })
  })
})
