import crypto from 'node:crypto'

const box = (type: string, ...parts: Buffer[]): Buffer => {
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length, 0)
  head.write(type, 4, 'ascii')
  return Buffer.concat([head, body])
}

/** A minimal hand-made MP4 (ftyp, mdat, moov/mvhd): enough for type sniffing and the archive's ingest. */
export const makeMp4 = (durationMs = 3000, created = new Date('2026-05-01T12:00:00Z')): Buffer => {
  const ftyp = box('ftyp', Buffer.from('isom', 'ascii'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2mp41', 'ascii'))
  const mdat = box('mdat', crypto.randomBytes(16 * 1024))
  const mvhd = Buffer.alloc(100)
  const seconds = Math.round((created.getTime() - Date.UTC(1904, 0, 1)) / 1000)
  mvhd.writeUInt32BE(0, 0)
  mvhd.writeUInt32BE(seconds, 4)
  mvhd.writeUInt32BE(seconds, 8)
  mvhd.writeUInt32BE(1000, 12)
  mvhd.writeUInt32BE(durationMs, 16)
  mvhd.writeUInt32BE(0x00010000, 20)
  mvhd.writeUInt16BE(0x0100, 24)
  const matrix = [0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000]
  matrix.forEach((value, i) => mvhd.writeUInt32BE(value, 36 + i * 4))
  mvhd.writeUInt32BE(2, 96)
  return Buffer.concat([ftyp, mdat, box('moov', box('mvhd', mvhd))])
}

/** A Lexical body of one paragraph. */
export const paragraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

/** ISO instant `days` from now. */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString()
