import { randomUUID } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { FileStorage, PutBody } from './types.js'

import { storageError } from './types.js'

/**
 * Storage on a local folder (`archive.mediaDir`): a key is a path under it. Writes go to a
 * temporary name in the same folder and are renamed (or linked, when exclusive) into place, so a
 * reader never sees half a file and a failed write leaves nothing under the key.
 */
export const localStorage = (root: string): FileStorage => {
  const base = path.resolve(root)
  const resolve = (key: string): string => {
    const file = path.resolve(base, key)
    if (!file.startsWith(base + path.sep)) throw Object.assign(new Error('storage: invalid key'), { status: 400 })
    return file
  }
  const exists = (file: string) => fs.stat(file).then((stat) => stat.isFile(), () => false)

  const put = async (key: string, body: PutBody, options: { exclusive?: boolean } = {}) => {
    const target = resolve(key)
    await fs.mkdir(path.dirname(target), { recursive: true })
    const temporary = `${target}.${randomUUID()}.tmp`
    try {
      if (Buffer.isBuffer(body)) await fs.writeFile(temporary, body, { flag: 'wx' })
      else await fs.copyFile(body.file, temporary, fs.constants.COPYFILE_EXCL)
      // link() fails when the name exists: the exclusive write never replaces another file.
      if (options.exclusive) await fs.link(temporary, target)
      else await fs.rename(temporary, target)
    } finally {
      await fs.rm(temporary, { force: true })
    }
  }

  return {
    kind: 'local',
    put,
    get: async (key, range) => {
      const file = resolve(key)
      const stat = await fs.stat(file).catch(() => null)
      if (!stat?.isFile()) return null
      const body = createReadStream(file, range ? { start: range.start, end: range.end } : {})
      return { size: stat.size, body }
    },
    // Anything at the key's path takes the name (a folder in the way too: a name is never chosen
    // where a write would fail).
    head: async (key) => {
      const stat = await fs.stat(resolve(key)).catch(() => null)
      return stat ? { size: stat.isFile() ? stat.size : 0 } : null
    },
    delete: async (key) => {
      await fs.unlink(resolve(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
    },
    copy: async (from, to) => {
      const source = resolve(from)
      if (!(await exists(source))) throw storageError('ENOENT', from)
      await put(to, { file: source })
    },
    list: async (prefix) => {
      const dir = resolve(`${prefix.replace(/\/+$/, '')}/x`).slice(0, -2)
      const names = await fs.readdir(dir, { withFileTypes: true }).catch(() => [])
      return names.filter((entry) => entry.isFile() && !entry.name.endsWith('.tmp')).map((entry) => `${prefix.replace(/\/+$/, '')}/${entry.name}`)
    },
    signedUrl: async () => null,
    withLocalFile: async (key, work) => {
      const file = resolve(key)
      if (!(await exists(file))) throw storageError('ENOENT', key)
      return work(file)
    },
    probe: async () => {
      const key = `.health/${randomUUID()}`
      try {
        await put(key, Buffer.from('ok'), { exclusive: true })
        await fs.rm(resolve(key), { force: true })
        return true
      } catch {
        await fs.rm(resolve(key), { force: true }).catch(() => undefined)
        return false
      }
    },
  }
}
