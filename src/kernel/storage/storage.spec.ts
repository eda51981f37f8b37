import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { storageKey } from './keys.js'
import { localStorage } from './local.js'
import { parseRange } from './serve.js'

const text = async (body: AsyncIterable<Uint8Array>) => {
  const chunks: Buffer[] = []
  for await (const chunk of body) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks).toString()
}

describe('storage keys, ranges and the local folder', () => {
  it('a key is a plain file name under its prefix; paths and dot names are refused', () => {
    expect(storageKey('archive', 'foto.jpg')).toBe('archive/foto.jpg')
    expect(storageKey('originals', '3-1700000000-foto.jpg')).toBe('archive-originals/3-1700000000-foto.jpg')
    for (const bad of ['', '.', '..', '../x.jpg', 'a/b.jpg', 'a\\b.jpg']) expect(() => storageKey('brand', bad)).toThrow()
  })

  it('parses one byte range: a-b, a-, -n; beyond the end or malformed is invalid', () => {
    expect(parseRange(null, 100)).toBeNull()
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 })
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 })
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 })
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 })
    expect(parseRange('bytes=100-', 100)).toBe('invalid')
    expect(parseRange('bytes=9-3', 100)).toBe('invalid')
    expect(parseRange('items=0-1', 100)).toBe('invalid')
    expect(parseRange('bytes=-', 100)).toBe('invalid')
  })

  it('local folder: exclusive put refuses an existing key, get honours a range, a failed put leaves nothing, delete is idempotent', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'pregonero-storage-spec-'))
    try {
      const storage = localStorage(root)
      await storage.put('archive/a.txt', Buffer.from('hello world'), { exclusive: true })
      await expect(storage.put('archive/a.txt', Buffer.from('other'), { exclusive: true })).rejects.toMatchObject({ code: 'EEXIST' })
      expect(await text((await storage.get('archive/a.txt'))!.body)).toBe('hello world')
      expect(await text((await storage.get('archive/a.txt', { start: 6, end: 10 }))!.body)).toBe('world')
      expect(await storage.head('archive/a.txt')).toEqual({ size: 11 })
      await expect(storage.put('archive/b.txt', { file: path.join(root, 'missing') })).rejects.toThrow()
      expect(await storage.list('archive')).toEqual(['archive/a.txt'])
      await storage.copy('archive/a.txt', 'archive-originals/a.txt')
      expect(await storage.list('archive-originals')).toEqual(['archive-originals/a.txt'])
      await storage.delete('archive/a.txt')
      await storage.delete('archive/a.txt')
      expect(await storage.get('archive/a.txt')).toBeNull()
      expect(await storage.signedUrl('archive-originals/a.txt', { expiresIn: 5 })).toBeNull()
      expect(await storage.probe()).toBe(true)
      await expect(storage.get('../escape.txt')).rejects.toThrow()
    } finally {
      await fs.rm(root, { recursive: true, force: true })
    }
  })
})
