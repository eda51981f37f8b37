import type { PayloadRequest } from 'payload'

import fs from 'node:fs/promises'

type Spooled = { tempFilePath?: string; size?: number }

/**
 * Every file of a multipart request that Payload spooled to disk (`upload.useTempFiles`): the
 * `file` field and any other file field (`req.files`), once each.
 */
export const spooledFiles = (req: Pick<PayloadRequest, 'file' | 'files'>): Array<{ tempFilePath: string; size?: number }> => {
  const found = new Map<string, number | undefined>()
  const add = (file: unknown) => {
    if (Array.isArray(file)) return file.forEach(add)
    const path = (file as Spooled | undefined)?.tempFilePath
    if (typeof path === 'string' && path) found.set(path, (file as Spooled).size)
  }
  add(req.file)
  for (const file of Object.values((req.files ?? {}) as Record<string, unknown>)) add(file)
  return [...found].map(([tempFilePath, size]) => ({ tempFilePath, size }))
}

/**
 * Resolves once a spooled file is on disk in full. Payload's multipart parser hands the request
 * on when the body is parsed, without waiting for its temp-file write streams: the file may not
 * exist yet, or be short. Removing it then is undone when the stream opens it (a refused request
 * leaves its file behind), and reading it then reads part of it. Bounded: gives up after
 * `timeoutMs` (the caller then works with what is there).
 */
export const whenSpooled = async (file: { tempFilePath: string; size?: number }, timeoutMs = 30_000): Promise<void> => {
  const until = Date.now() + timeoutMs
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    const stat = await fs.stat(file.tempFilePath).catch(() => null)
    if (stat && (file.size === undefined || stat.size >= file.size)) return
    if (Date.now() > until) return
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

/** Removes every spooled file of a request, each once its write is complete. Never throws. */
export const removeSpooledFiles = async (req: Pick<PayloadRequest, 'file' | 'files'>): Promise<void> => {
  await Promise.all(
    spooledFiles(req).map(async (file) => {
      await whenSpooled(file, 5_000)
      await fs.rm(file.tempFilePath, { force: true }).catch(() => undefined)
    }),
  )
}
