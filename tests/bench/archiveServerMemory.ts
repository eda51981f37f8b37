import fs from 'node:fs/promises'
import path from 'node:path'

import type { BenchRow } from './types.js'

import { startApp } from '../helpers/appServer.js'

const rssMB = async (pid: number) => {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN)
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 }
}

/**
 * Peak memory of the archive ingest as it runs in production: the BUILT app (`npm start`'s server, run
 * `npm run build` first) on a fresh database; a producer uploads the 24 MP JPEGs over REST
 * (multipart, as the admin does), one after another, while this process samples the server's RSS
 * every 5 ms from /proc; the kernel's high-water mark (VmHWM, boot included) is read at the end.
 * The first upload warms up what loads lazily (sharp's libvips, file-type, exifr) and is counted
 * in the peak too. Goal ≤ 400 MB.
 */
export const serverIngestMemory = async (files: string[]): Promise<BenchRow> => {
  const app = await startApp({ PREGONERO_DISABLE_JOBS: 'true' })
  try {
    const pid = app.pid
    if (!pid) throw new Error('the app server has no pid')
    const { token } = await app.login('productor@pregonero.test')
    const upload = async (file: string, title: string) => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ title, kind: 'photo' }))
      form.append('file', new Blob([await fs.readFile(file)], { type: 'image/jpeg' }), path.basename(file))
      const res = await fetch(`${app.url}/api/archive-assets`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body: form })
      if (res.status !== 201) throw new Error(`upload of ${title}: ${res.status} ${(await res.text()).slice(0, 300)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 2000)) // let the boot settle
    const booted = await rssMB(pid)
    let peak = booted.rss
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, (await rssMB(pid)).rss)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    for (const [i, file] of files.entries()) await upload(file, `Foto bench ${i}`)
    sampling = false
    await sampler
    const end = await rssMB(pid)
    const measured = Math.round(Math.max(peak, end.hwm))
    console.log(
      `archive ingest memory (production server, npm start): RSS ${Math.round(booted.rss)} MB booted, peak ${Math.round(peak)} MB while ${files.length} uploads over REST, VmHWM ${Math.round(end.hwm)} MB`,
    )
    return {
      figure: `archive ingest peak memory of the production server (npm start of the build): ${files.length} uploads of 24 MP JPEGs over REST, boot included`,
      baseline: 400,
      measured,
      ratio: Math.round((measured / 400) * 100) / 100,
      goal: '≤ 400 MB',
      pass: measured <= 400,
      unit: 'MB',
    }
  } finally {
    await app.stop()
  }
}
