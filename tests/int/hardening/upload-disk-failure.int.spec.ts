/**
 * Fault: the disk write fails during an upload (through REST, multipart, as a designer).
 * - The archive folder cannot be created (its path is taken by a file): nothing can be written.
 * - A write fails MIDWAY: the original and the first renditions are written, then the `card`
 *   rendition's path is unusable (a directory sits there) — as a disk that fills up or fails mid-ingest.
 * Either way the caller gets a clear error (not a bare "Something went wrong"), and there is no
 * orphan file and no half record; once the disk is fine again the same upload succeeds.
 * (Tests run as root, so permission bits cannot be used to make a folder unwritable.)
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { bootPayload, type Booted } from '../../helpers/bootPayload.js'
import { restClient } from '../../helpers/rest.js'
import { makeUser, TEST_PASSWORD } from '../../helpers/fixtures.js'

let app: Booted
let rest: ReturnType<typeof restClient>
let token: string
let archiveDir: string

beforeAll(async () => {
  app = await bootPayload()
  rest = restClient(app.payload.config)
  const designer = await makeUser(app.payload, ['designer'])
  token = await rest.login(designer.email, TEST_PASSWORD)
  archiveDir = path.join(process.env.PREGONERO_MEDIA_DIR!, 'archive')
}, 120_000)
afterAll(() => app.close())

const files = async (dir: string): Promise<string[]> => {
  const out: string[] = []
  for (const entry of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(`${full}/`, ...(await files(full)))
    else out.push(full)
  }
  return out.sort()
}
const photo = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#336699', noise: { type: 'gaussian', mean: 128, sigma: 20 } } })
    .jpeg()
    .toBuffer()
const post = async (name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await photo())], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ title: 'Foto con disco fallando', kind: 'photo', accessLevel: 'internal', consent: 'none-identifiable' }))
  return rest.post('/archive-assets', form, { token })
}
const count = async () => (await app.payload.count({ collection: 'archive-assets', overrideAccess: true })).totalDocs

it('the archive folder cannot be created: a clear error, no file, no record', async () => {
  await fs.mkdir(process.env.PREGONERO_MEDIA_DIR!, { recursive: true })
  await fs.rm(archiveDir, { recursive: true, force: true })
  await fs.writeFile(archiveDir, 'not a folder')
  const before = { files: await files(process.env.PREGONERO_MEDIA_DIR!), count: await count() }
  try {
    const res = await post('bloqueada.jpg')
    expect(res.status).toBe(503)
    expect(res.json.errors[0].message).toMatch(/^Almacenamiento: no se pudo escribir el archivo( \(E[A-Z]+\))?; no se guardó nada, reintente$/)
    expect(await files(process.env.PREGONERO_MEDIA_DIR!)).toEqual(before.files)
    expect(await count()).toBe(before.count)
  } finally {
    await fs.rm(archiveDir, { force: true })
  }
})

it('a rendition path is taken by something else: the archive chooses a free name, leaves it alone, writes every file once', async () => {
  // The archive names files itself (src/features/archive/renditions.ts safeFilename): a name whose original or
  // any rendition is taken on disk is skipped, so a blocked rendition path never fails a write midway.
  // (A write that still fails is rolled back by src/features/archive/collections/ArchiveAssets/hooks/writeFiles.ts; the folder test above.)
  await fs.mkdir(archiveDir, { recursive: true })
  const blocker = path.join(archiveDir, 'mitad-640x480.jpg') // the `card` rendition name of mitad.jpg
  await fs.mkdir(blocker)
  const before = { files: await files(archiveDir), count: await count() }
  const res = await post('mitad.jpg')
  expect(res.status).toBe(201)
  const doc = res.json.doc
  expect(doc.filename).toBe('mitad-1.jpg')
  expect((await fs.stat(blocker)).isDirectory()).toBe(true)
  expect(await count()).toBe(before.count + 1)
  const written = [doc.filename, ...Object.values(doc.sizes as Record<string, { filename: string }>).map((s) => s.filename)]
  for (const name of written) await expect(fs.stat(path.join(archiveDir, name))).resolves.toBeTruthy()
  expect(await files(archiveDir)).toEqual([...before.files, ...written.map((name) => path.join(archiveDir, name))].sort())
  await fs.rmdir(blocker)
})
